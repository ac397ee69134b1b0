import { describe, expect, it } from 'vitest';
import { isZeroMoney, multiplyMoney, normalizeMoney } from './decimal';
import { addLocalDays, daysBetween, isLocalDate, localDateIn } from './local-date';

describe('local dates', () => {
  it('know the calendar, leap years included', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2100-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('take today in the business time zone: 2026-03-01 00:30 in Shanghai is still Feb 28 in UTC', () => {
    const now = new Date('2026-02-28T16:30:00Z');
    expect(localDateIn('Asia/Shanghai', now)).toBe('2026-03-01');
    expect(localDateIn('UTC', now)).toBe('2026-02-28');
  });
});

describe('money', () => {
  it('multiplies exactly where floats would not', () => {
    expect(multiplyMoney(3, '0.10')).toBe('0.30');
    expect(multiplyMoney(3, '1999.99')).toBe('5999.97');
    expect(multiplyMoney(100_000, '999999999.99')).toBe('99999999999000.00');
  });

  it('has one spelling per amount', () => {
    expect(normalizeMoney('12800')).toBe('12800.00');
    expect(normalizeMoney('0.5')).toBe('0.50');
    expect(normalizeMoney('-0')).toBe('0.00');
    expect(isZeroMoney('0.00')).toBe(true);
    expect(isZeroMoney('0.01')).toBe(false);
  });
});
