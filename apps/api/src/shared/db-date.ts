/** Raw rows give dates as Date (mysql2) or as UTC text without a zone (SQLite); both mean UTC. */
export function parseDbDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
