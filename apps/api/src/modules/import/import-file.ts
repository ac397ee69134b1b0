import { IMPORT_LIMITS } from '@sanxin/domain';
import ExcelJS from 'exceljs';
import { badUserInput } from '../../shared/errors';

/** A file read into a table: the header row and the data rows, every cell as trimmed text. */
export interface ImportTable {
  headers: string[];
  rows: string[][];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const unreadable = () => badUserInput([{ rule: 'importFileUnreadable', field: 'file' }]);

/**
 * Reads an uploaded file: an Excel workbook (.xlsx, by its zip signature, first sheet) or CSV text in
 * UTF-8 (with or without the BOM Excel writes) or GBK (what Excel on a Chinese Windows saves).
 * Anything else, or a file without a data row, is BAD_USER_INPUT before anything is written.
 */
export async function readImportFile(bytes: Buffer): Promise<ImportTable> {
  if (bytes.length === 0) throw badUserInput([{ rule: 'importFileEmpty', field: 'file' }]);
  if (bytes.length > IMPORT_LIMITS.bytes) throw badUserInput([{ rule: 'importFileTooLarge', field: 'file', params: { max: IMPORT_LIMITS.bytes } }]);
  const cells = startsWith(bytes, ZIP_SIGNATURE) ? await readWorkbook(bytes) : parseCsv(decodeText(bytes));
  const [headers = [], ...rows] = cells.filter((row) => row.some((cell) => cell !== ''));
  if (rows.length === 0) throw badUserInput([{ rule: 'importFileEmpty', field: 'file' }]);
  if (rows.length > IMPORT_LIMITS.rows) throw badUserInput([{ rule: 'importTooManyRows', field: 'file', params: { max: IMPORT_LIMITS.rows } }]);
  return { headers, rows };
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** UTF-8 when the bytes are valid UTF-8, else GBK; control bytes (a binary file) are refused. */
function decodeText(bytes: Buffer): string {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    try {
      text = new TextDecoder('gbk', { fatal: true }).decode(body);
    } catch {
      throw unreadable();
    }
  }
  // Text has no NUL or other C0 controls but tab and line ends; a binary file does.
  if (hasControlCharacters(text)) throw unreadable();
  return text;
}

const ALLOWED_CONTROLS = new Set([9, 10, 13]);

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && !ALLOWED_CONTROLS.has(code)) return true;
  }
  return false;
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; lines end in CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cleanCell(cell));
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cleanCell(cell));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw unreadable();
  if (cell !== '' || row.length) rows.push([...row, cleanCell(cell)]);
  return rows;
}

/** Trimmed; the quote our exports put before =, +, - or @ (against CSV injection) is taken off again. */
function cleanCell(cell: string): string {
  const text = cell.trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

async function readWorkbook(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cleanCell(cellText(row.getCell(column).value)));
    rows.push(cells);
  });
  return rows;
}

/** A cell's value as text: dates as calendar days (what contracts hold), rich text joined, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
