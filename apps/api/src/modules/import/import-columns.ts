import type { ImportKind } from '@sanxin/domain';
import { badUserInput } from '../../shared/errors';

/** One column an import reads: the field it fills and its zh-CN label, as the exports title it (`名称 name`). */
interface ImportColumn {
  field: string;
  label: string;
  required?: boolean;
  /** Written by the export but not imported (the id, the owner's name, the time of the last change). */
  ignored?: boolean;
}

/** Customers, in the export's order, then what only an import has: the source, notes and one contact per row. */
const CUSTOMER_COLUMNS: readonly ImportColumn[] = [
  { field: 'id', label: '编号', ignored: true },
  { field: 'name', label: '名称', required: true },
  { field: 'kind', label: '类型' },
  { field: 'company', label: '公司' },
  { field: 'phone', label: '电话' },
  { field: 'email', label: '邮箱' },
  { field: 'address', label: '地址' },
  { field: 'tier', label: '分级' },
  { field: 'lifecycle', label: '状态' },
  { field: 'industry', label: '行业' },
  { field: 'tags', label: '标签' },
  { field: 'owner', label: '负责人', ignored: true },
  { field: 'updatedAt', label: '更新时间', ignored: true },
  { field: 'source', label: '来源' },
  { field: 'notes', label: '备注' },
  { field: 'contactName', label: '联系人' },
  { field: 'contactPhone', label: '联系人电话' },
  { field: 'contactPosition', label: '联系人职务' },
  { field: 'contactEmail', label: '联系人邮箱' },
];

/** Contracts: the customer by id, name or phone; the owner by username or name. */
const CONTRACT_COLUMNS: readonly ImportColumn[] = [
  { field: 'number', label: '合同编号', required: true },
  { field: 'title', label: '合同名称', required: true },
  { field: 'customer', label: '客户', required: true },
  { field: 'owner', label: '负责人' },
  { field: 'scope', label: '服务范围' },
  { field: 'startDate', label: '开始日期', required: true },
  { field: 'endDate', label: '结束日期', required: true },
  { field: 'warrantyEndDate', label: '保修截止' },
  { field: 'amount', label: '金额' },
  { field: 'confidential', label: '保密' },
  { field: 'confidentialityText', label: '保密条款' },
];

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = { CUSTOMERS: CUSTOMER_COLUMNS, CONTRACTS: CONTRACT_COLUMNS };

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Each header's field (null for a blank header or an ignored column): the zh-CN label alone (名称), the
 * field alone (name) or both as the exports write them (名称 name), case and spacing aside. A header
 * that is none of these, or a required column missing, is BAD_USER_INPUT.
 */
export function mapHeaders(kind: ImportKind, headers: readonly string[]): Array<string | null> {
  const columns = IMPORT_COLUMNS[kind];
  const byName = new Map<string, ImportColumn>();
  for (const column of columns) {
    for (const name of [column.label, column.field, `${column.label} ${column.field}`]) byName.set(normal(name), column);
  }
  const unknown: string[] = [];
  const fields = headers.map((header) => {
    if (header.trim() === '') return null;
    const column = byName.get(normal(header));
    if (!column) unknown.push(header.trim());
    return column && !column.ignored ? column.field : null;
  });
  if (unknown.length) throw badUserInput([{ rule: 'importUnknownHeaders', field: 'file', params: { headers: unknown.slice(0, 10).join('、') } }]);
  const missing = columns.filter((column) => column.required && !fields.includes(column.field));
  if (missing.length) throw badUserInput([{ rule: 'importMissingHeaders', field: 'file', params: { headers: missing.map((c) => `${c.label} ${c.field}`).join('、') } }]);
  return fields;
}

/** A data row as field → text (blank cells left out). */
export function rowValues(fields: ReadonlyArray<string | null>, cells: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  fields.forEach((field, i) => {
    const cell = cells[i] ?? '';
    if (field && cell !== '') values[field] = cell;
  });
  return values;
}
