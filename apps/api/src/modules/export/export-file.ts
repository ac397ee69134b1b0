import ExcelJS from 'exceljs';
import { type CsvColumn, csvDocument } from '../../shared/csv';
import type { ExportColumn } from './export-lists';

export type ExportFormat = 'CSV' | 'XLSX';

/** One exported row: the list's item as GraphQL answered it. */
export type ExportRow = Record<string, unknown>;

export const MIME_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function valueAt(row: ExportRow, path: readonly string[]): unknown {
  let value: unknown = row;
  for (const name of path) {
    if (value == null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[name];
  }
  return value ?? null;
}

/** A value as people read it: enum codes as their zh-CN labels, list values joined with `|`. */
function shown(column: ExportColumn, value: unknown): unknown {
  if (value == null) return null;
  if (column.many && Array.isArray(value)) return value.map((one) => shown({ ...column, many: false }, one)).join('|');
  if (column.kind === 'enum') return column.labels?.[String(value)] ?? String(value);
  return value;
}

/** CSV: the existing exports' document (BOM, CRLF, formula guard on text); times stay ISO-8601 UTC as the API answers them. */
export function csvFile(columns: readonly ExportColumn[], rows: readonly ExportRow[]): Buffer {
  return Buffer.from(
    csvDocument(
      columns.map((column): CsvColumn<ExportRow> => [column.title, (row) => shown(column, valueAt(row, column.path))]),
      rows,
    ),
    'utf8',
  );
}

/**
 * Excel has no time zones: an instant is written as the wall-clock time of the business zone
 * (what the console shows), as a date cell Excel can sort, filter and compute with.
 */
function wallClock(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second));
}

const NUMBER_FORMATS: Partial<Record<ExportColumn['kind'], string>> = {
  decimal: '#,##0.00',
  dateTime: 'yyyy-mm-dd hh:mm',
  localDate: 'yyyy-mm-dd',
};

function xlsxCell(column: ExportColumn, value: unknown, timeZone: string): ExcelJS.CellValue {
  const cell = shown(column, value);
  if (cell == null) return null;
  if (column.many) return String(cell);
  if (column.kind === 'dateTime') return wallClock(new Date(String(cell)), timeZone);
  if (column.kind === 'localDate') return new Date(`${String(cell)}T00:00:00Z`);
  // Money is exact in the API (a decimal string) and in CSV; Excel computes with doubles, exact to 15 digits.
  if (column.kind === 'decimal') return Number(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  // A string is a text cell, never a formula, whatever it starts with: no formula can run from it.
  return String(cell);
}

/** Display width of a text: CJK characters take two columns. */
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2e80-\uffff]/.test(char) ? 2 : 1), 0);

/** Excel: a bold frozen header with a filter, numbers and dates as typed cells, columns as wide as their first rows need. */
export async function xlsxFile(sheetTitle: string, columns: readonly ExportColumn[], rows: readonly ExportRow[], timeZone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sanxin';
  const sheet = workbook.addWorksheet(sheetTitle.replace(/[[\]:*?/\\]/g, '·').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((column) => column.title)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => xlsxCell(column, valueAt(row, column.path), timeZone)));
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const format = NUMBER_FORMATS[column.kind];
    if (format) sheetColumn.numFmt = format;
    const sample = rows.slice(0, 200).map((row) => {
      const value = shown(column, valueAt(row, column.path));
      return value == null ? 0 : column.kind === 'dateTime' ? 16 : widthOf(String(value));
    });
    sheetColumn.width = Math.min(60, Math.max(8, widthOf(column.title), ...sample) + 2);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // The header keeps its own (text) format: the column formats apply from row 2.
  sheet.getRow(1).eachCell((cell) => {
    cell.numFmt = '@';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
