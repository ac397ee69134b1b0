import { domainMessages } from '@sanxin/domain';

/** An export reads at most this many rows: a spreadsheet, not a backup. */
export const EXPORT_ROW_LIMIT = 10_000;

/** A spreadsheet is read by people: values as the console labels them (zh-CN). */
export const CSV_LABELS = domainMessages['zh-CN'].enums;

export function csvLabel(list: Record<string, string>, code: string | null): string | null {
  return code == null ? null : (list[code] ?? code);
}

/** One column of an export: its title and how a row gives its cell. */
export type CsvColumn<Row> = [title: string, read: (row: Row) => unknown];

/** UTF-8 with a BOM and CRLF lines, which Excel opens correctly with Chinese text. */
export function csvDocument<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[]): string {
  const lines = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, read]) => read(row)))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: unknown): string {
  // A number is data, not a formula: -12.5 stays a negative number.
  if (typeof value === 'number') return String(value);
  const text = value == null ? '' : value instanceof Date ? value.toISOString() : String(value);
  // A leading =, +, - or @ would run as a formula in Excel (CSV injection).
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
