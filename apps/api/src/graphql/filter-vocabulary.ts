/**
 * The filter vocabulary every list shares (decision 0021): `q`, `<field>From`/`<field>To` ranges,
 * list-valued enum filters, `mine` and `awaitingMe`. A name that left the vocabulary keeps working,
 * deprecated, until the date of the deprecation policy (docs/api/README.md).
 */
export const FILTER_REMOVAL_DATE = '2027-03-01';

/** The `deprecationReason` of a filter field renamed to `name`. */
export function renamedFilter(name: string): string {
  return `Use \`${name}\`; removed after ${FILTER_REMOVAL_DATE}`;
}
