import type { ValueTransformer } from 'typeorm';

/** decimal(5,1) scores come back as strings from MySQL ("92.5") and numbers from SQLite; both become numbers. */
export const scoreColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value == null ? null : Number(value)),
};
