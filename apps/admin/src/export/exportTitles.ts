import { zhMessages } from '../i18n/messages';
import { EXPORT_COLUMNS } from './exportColumns';

/** What the server is asked for: a field path and its header. */
export interface ExportColumn {
  field: string;
  title: string;
}

function zhLabel(list: string, key: string): string | undefined {
  const fields = (zhMessages as Record<string, any>).resources?.[list]?.fields;
  // A related record's column is labelled as its id's filter and column are (`customerId`: 客户).
  const label = fields?.[key] ?? fields?.[`${key}Id`];
  return typeof label === 'string' ? label : undefined;
}

/** The list's export columns with their headers, `<zh-CN label> <key>` whatever language the console shows. */
export function exportColumnsOf(list: string): ExportColumn[] {
  return (EXPORT_COLUMNS[list] ?? []).map(([key, path, title]) => ({
    field: path ?? key,
    title: title ?? [zhLabel(list, key), key].filter(Boolean).join(' '),
  }));
}

export { zhLabel as exportLabel };
