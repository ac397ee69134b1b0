/**
 * A report table as a file, built in the browser from the rows already on screen (decision 0045):
 * CSV for anything, .xlsx for Excel with numbers as numbers. exceljs is imported only when someone
 * asks for a workbook, so it stays out of the first screen's bundle.
 */
export type DownloadValue = string | number | null | undefined;
export type DownloadColumnType = 'number' | 'percent' | 'date' | 'text';

export interface DownloadColumn<R> {
  title: string;
  /** A percent column's value is in per cent (66.7 for 66.7 %), as the API answers it. */
  type: DownloadColumnType;
  value: (row: R) => DownloadValue;
}

/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: DownloadValue, type: DownloadColumnType): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return type === 'percent' ? `${Number(value.toFixed(2))}%` : String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** UTF-8 with a byte order mark (Excel on Windows reads Chinese then), CRLF line ends, formula-like text guarded with a quote. */
export function toCsv<R>(columns: ReadonlyArray<DownloadColumn<R>>, rows: readonly R[]): string {
  const lines = [
    columns.map((column) => csvCell(column.title, 'text')),
    ...rows.map((row) => columns.map((column) => csvCell(column.value(row), column.type))),
  ];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function xlsxCell(value: DownloadValue, type: DownloadColumnType): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (type === 'percent' && typeof value === 'number') return value / 100;
  if (type === 'date' && typeof value === 'string') {
    const day = DATE.exec(value);
    if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  }
  return value;
}

const NUMBER_FORMAT: Partial<Record<DownloadColumnType, string>> = { percent: '0.0%', date: 'yyyy-mm-dd' };

/** One sheet: a bold, frozen header row, then the rows; numbers and percentages as numeric cells. */
export async function toXlsx<R>(columns: ReadonlyArray<DownloadColumn<R>>, rows: readonly R[], sheetName: string): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.title,
    width: Math.max(10, column.title.length * 2 + 2),
    style: NUMBER_FORMAT[column.type] ? { numFmt: NUMBER_FORMAT[column.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => xlsxCell(column.value(row), column.type)));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Hands a file to the browser's download. */
export function saveFile(content: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
