import type { TranslateFunction } from 'react-admin';

/** `START_DATE` → `startDate`: the schema's field enum back to the record's field name. */
export const fieldName = (field: string) => field.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const resourceOf = (entity: string) => (entity === 'CONTRACT' ? 'contracts' : 'customers');

/** A held field as people read it: its label, and old → new with enum values translated. */
export function changeLine(translate: TranslateFunction, entity: string, change: { field: string; oldValue?: string | null; newValue?: string | null }): string {
  const name = fieldName(change.field);
  const value = (v: string | null | undefined) => (v == null || v === '' ? '—' : name === 'tier' || name === 'lifecycle' ? translate(`sanxin.enums.${name}.${v}`) : v);
  return `${translate(`resources.${resourceOf(entity)}.fields.${name}`)}：${value(change.oldValue)} → ${value(change.newValue)}`;
}
