import { normalizeMoney } from '@sanxin/domain';
import type { ValueTransformer } from 'typeorm';

/**
 * decimal(14,2) comes back as a string from MySQL ("12800.00") and as a number from SQLite (12800);
 * both become the one exact spelling. Values of at most 14 significant digits survive a double exactly.
 */
export const moneyColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | number | null) => (value == null ? null : normalizeMoney(String(value))),
};
