import type { ColumnOptions, ValueTransformer } from 'typeorm';

/** MariaDB hands DECIMAL back as a string and SQLite as a number: both become a number here. */
const scoreTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** A score column: DECIMAL(5,1), enough for 0–100 to one decimal. */
export function decimalColumn(options: { name: string; nullable?: boolean }): ColumnOptions {
  return { name: options.name, type: 'decimal', precision: 5, scale: 1, nullable: options.nullable ?? false, transformer: scoreTransformer };
}
