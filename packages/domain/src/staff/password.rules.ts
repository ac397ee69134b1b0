import { maxLength } from '../rules';
import type { Violation } from '../violation';

export const PASSWORD_MIN_LENGTH = 10;
/** Room for any passphrase (OWASP asks for at least 64), not for a megabyte for the hash to chew on. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Passwords of at least 10 characters found in published leak lists, Chinese favourites included, and
 * the demo password: the first guesses of anyone who tries. Shorter ones already fail the length rule.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890', '12345678910', '123456789a', 'a123456789', '0123456789', '9876543210', '1111111111', '0000000000',
  '1234512345', '1122334455', '1314520520', '5201314520', '1314521521', 'woaini1314', 'woaini520', 'iloveyou1314',
  'qwertyuiop', 'qwerty1234', 'qwerty123456', '1qaz2wsx3edc', '1q2w3e4r5t', 'zaq12wsxcde3', 'asdfghjkl1', 'password12',
  'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123', 'abcd123456', 'abc1234567', 'abcdefghij', 'aa123456789',
  'admin12345', 'admin123456', 'administrator', 'changeme123', 'welcome123', 'letmein123', 'iloveyou12', 'sunshine12',
  'football12', 'baseball12', 'superman12', 'princess12', 'dragon1234', 'monkey1234', 'master1234', 'trustno1234',
  'zxcvbnm123', 'zxcvbnm1234', 'qazwsxedc123', 'qazwsxedcrfv', '1qazxsw23edc', 'sanxin-demo', 'sanxin12345', 'sanxin123456',
]);

/** 密码策略: 10 to 128 characters, not the username (nor containing it), not a common password. */
export function validatePassword(password: string, username: string | null | undefined): Violation[] {
  if (password.length < PASSWORD_MIN_LENGTH) return [{ rule: 'tooShort', field: 'password', params: { min: PASSWORD_MIN_LENGTH } }];
  const tooLong = maxLength('password', password, PASSWORD_MAX_LENGTH);
  if (tooLong.length) return tooLong;
  const lower = password.toLowerCase();
  const name = (username ?? '').trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return [{ rule: 'passwordHasUsername', field: 'password' }];
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) return [{ rule: 'commonPassword', field: 'password' }];
  return [];
}
