import type { Violation } from '../violation';

/**
 * Money as exact decimal strings ("12800.00"), never floats: 0.1 + 0.2 must not reach an invoice.
 * Amounts fit `decimal(14,2)`: at most 12 integer digits and 2 decimals.
 */
export const MONEY = { maxIntegerDigits: 12, scale: 2 } as const;

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

/** A non-negative amount of money; `negative` and `invalidDecimal` are the two ways to miss. */
export function moneyAmount(field: string, value: string | null | undefined): Violation[] {
  if (value == null) return [];
  if (!isDecimalString(value)) return [{ rule: 'invalidDecimal', field, params: { ...MONEY } }];
  if (value.startsWith('-') && !/^-0+(\.0+)?$/.test(value)) return [{ rule: 'negative', field }];
  const [integer, fraction = ''] = value.replace('-', '').split('.');
  const integerDigits = integer.replace(/^0+(?=\d)/, '').length;
  return integerDigits > MONEY.maxIntegerDigits || fraction.length > MONEY.scale ? [{ rule: 'invalidDecimal', field, params: { ...MONEY } }] : [];
}

/** "12800" → "12800.00", "-0" → "0.00": one spelling per amount, as the database returns it. */
export function normalizeMoney(value: string): string {
  return formatCents(toCents(value));
}

/** quantity × unit price, exactly (BigInt cents), e.g. 3 × "1999.99" = "5999.97". */
export function multiplyMoney(quantity: number, unitPrice: string): string {
  if (!Number.isInteger(quantity)) throw new RangeError(`Not a whole quantity: ${quantity}`);
  return formatCents(BigInt(quantity) * toCents(unitPrice));
}

export function isZeroMoney(value: string): boolean {
  return toCents(value) === 0n;
}

function toCents(value: string): bigint {
  if (!isDecimalString(value)) throw new RangeError(`Not a decimal: ${value}`);
  const negative = value.startsWith('-');
  const [integer, fraction = ''] = value.replace('-', '').split('.');
  if (fraction.length > MONEY.scale) throw new RangeError(`More than ${MONEY.scale} decimals: ${value}`);
  const cents = BigInt(integer) * 100n + BigInt(fraction.padEnd(MONEY.scale, '0'));
  return negative ? -cents : cents;
}

function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
