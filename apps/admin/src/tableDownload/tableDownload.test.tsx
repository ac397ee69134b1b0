import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { TableDownload } from './TableDownload';
import { type DownloadColumn, toCsv, toXlsx } from './tableFile';

interface Row {
  name: string;
  count: number;
  share: number | null;
  day: string;
}
const COLUMNS: Array<DownloadColumn<Row>> = [
  { title: '类别', type: 'text', value: (row) => row.name },
  { title: '数量', type: 'number', value: (row) => row.count },
  { title: '占比', type: 'percent', value: (row) => row.share },
  { title: '日期', type: 'date', value: (row) => row.day },
];
const ROWS: Row[] = [
  { name: '质量', count: 3, share: 60, day: '2026-11-30' },
  { name: '=HYPERLINK("http://x")', count: -2, share: null, day: '2026-12-01' },
  { name: '价格, "含税"\n说明', count: 0, share: 33.333, day: '' },
  { name: '+86 400', count: 1, share: 6.7, day: '2026-12-02' },
  { name: '@SUM(A1)', count: 1, share: 0, day: '2026-12-02' },
];

/** jsdom's Blob has no text() or arrayBuffer(): read it as the browser's FileReader would. */
const read = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });

describe('table downloads (CSV and Excel built in the browser)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('CSV: a byte order mark, CRLF, quoted commas, quotes and line breaks, formula-like text guarded, numbers left alone', () => {
    const csv = toCsv(COLUMNS, ROWS);
    expect(csv.startsWith('\uFEFF类别,数量,占比,日期\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '类别,数量,占比,日期',
      '质量,3,60%,2026-11-30',
      `"'=HYPERLINK(""http://x"")",-2,,2026-12-01`,
      '"价格, ""含税""\n说明",0,33.33%,',
      "'+86 400,1,6.7%,2026-12-02",
      "'@SUM(A1),1,0%,2026-12-02",
      '',
    ]);
  });

  it('Excel: numbers and percentages are numeric cells (percent format), dates are dates, the header is bold and frozen, text is never a formula', async () => {
    const buffer = await toXlsx(COLUMNS, ROWS, '类别分布');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.getWorksheet('类别分布')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '类别', '数量', '占比', '日期']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B2').value).toBe(3);
    expect(sheet.getCell('B3').value).toBe(-2);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBeCloseTo(0.6);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.rowCount).toBe(6);
  });

  it('the buttons save <filename>.csv and <filename>.xlsx from the rows given', async () => {
    const saved: Array<{ name: string; blob: Blob }> = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    render(
      <TestAdmin authProvider={signedInAs({ id: 'me', fullName: '周敏', role: 'DEPT_MANAGER' })}>
        <TableDownload filename="类别分布_2026-11" columns={COLUMNS} rows={ROWS} label="类别分布" />
      </TestAdmin>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '下载 CSV：类别分布' }));
    expect(saved[0].name).toBe('类别分布_2026-11.csv');
    expect(new TextDecoder().decode(await read(saved[0].blob))).toContain('质量,3,60%');
    fireEvent.click(screen.getByRole('button', { name: '下载 Excel：类别分布' }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10_000 });
    expect(saved[1].name).toBe('类别分布_2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await read(saved[1].blob));
    expect(workbook.worksheets[0].getCell('B2').value).toBe(3);
    expect(created).toHaveBeenCalledTimes(2);
  });
});
