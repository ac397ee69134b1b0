import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { TableDownload } from '../tableDownload/TableDownload';
import type { DownloadColumn, DownloadValue } from '../tableDownload/tableFile';

/** A figure as shown: percentages with one decimal and a % sign, counts grouped, nothing as —. */
export function shown(value: DownloadValue, type: DownloadColumn<unknown>['type']): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value !== 'number') return value;
  if (type === 'percent') return `${value.toFixed(1)}%`;
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/**
 * A chart's numbers as an accessible table, with its CSV and Excel downloads built from the same
 * columns, so the file holds exactly what the table shows (unrounded).
 */
export function FigureTable<R>({
  label,
  filename,
  columns,
  rows,
}: {
  label: string;
  filename: string;
  columns: ReadonlyArray<DownloadColumn<R>>;
  rows: readonly R[];
}) {
  return (
    <>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.title} align={column.type === 'text' || column.type === 'date' ? 'left' : 'right'}>
                {column.title}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are a fixed aggregate in server order
            <TableRow key={index}>
              {columns.map((column) => (
                <TableCell key={column.title} align={column.type === 'text' || column.type === 'date' ? 'left' : 'right'}>
                  {shown(column.value(row), column.type)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TableDownload filename={filename} columns={columns} rows={rows} label={label} sheetName={label} />
    </>
  );
}
