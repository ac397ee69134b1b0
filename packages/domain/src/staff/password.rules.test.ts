import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, validatePassword } from './password.rules';

describe('validatePassword (密码策略)', () => {
  it('asks for at least 10 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(validatePassword('Xq7#mv2!p', 'wangfang')).toEqual([{ rule: 'tooShort', field: 'password', params: { min: 10 } }]);
    expect(validatePassword('Xq7#mv2!pL', 'wangfang')).toEqual([]);
  });

  it('and at most 128 characters, counted as the user sees them (𠮷 and emoji are one each)', () => {
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(validatePassword(`${'𠮷'.repeat(64)}${'😀'.repeat(64)}`, 'wangfang')).toEqual([]);
    expect(validatePassword(`${'𠮷'.repeat(3000)}${'x'.repeat(7000)}😀`, 'wangfang')).toEqual([{ rule: 'tooLong', field: 'password', params: { max: 128 } }]);
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
