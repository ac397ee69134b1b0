import { type DataSource, DateUtils, type EntityManager } from 'typeorm';

/**
 * A Date bound into raw SQL: mysql2 binds Date objects, better-sqlite3 binds none, and TypeORM
 * stores SQLite datetimes as UTC text (which compares in order), so SQLite gets that text.
 */
export function sqlDate(db: EntityManager | DataSource, value: Date): Date | string {
  return isSqlite(db) ? (DateUtils.mixedDateToUtcDatetimeString(value) as string) : value;
}

export function isSqlite(db: EntityManager | DataSource): boolean {
  const dataSource = 'connection' in db ? db.connection : db;
  return dataSource.options.type === 'better-sqlite3';
}
