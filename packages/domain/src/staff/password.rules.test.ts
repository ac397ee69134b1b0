import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, validatePassword } from './password.rules';

describe('validatePassword (密码策略)', () => {
  it('asks for at least 10 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(validatePassword('Xq7#mv2!p', 'wangfang')).toEqual([{ rule: 'tooShort', field: 'password', params: { min: 10 } }]);
    expect(validatePassword('Xq7#mv2!pL', 'wangfang')).toEqual([]);
  });

  it('refuses the username, in any case or inside the password', () => {
    expect(validatePassword('WangFang2026', 'wangfang')).toEqual([{ rule: 'passwordHasUsername', field: 'password' }]);
    expect(validatePassword('agent12345678', 'agent')).toEqual([{ rule: 'passwordHasUsername', field: 'password' }]);
  });

  it('refuses common passwords and the demo password, whatever the case', () => {
    for (const common of ['1234567890', 'Password123', 'woaini1314', 'QWERTYUIOP', 'sanxin-demo', 'aaaaaaaaaaaa']) {
      expect(validatePassword(common, 'wangfang'), common).toEqual([{ rule: 'commonPassword', field: 'password' }]);
    }
  });

  it('accepts a passphrase', () => {
    expect(validatePassword('长江黄河 flow 2026', 'wangfang')).toEqual([]);
  });
});
