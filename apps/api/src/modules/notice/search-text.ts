import { containsPattern } from '../../shared/like';

/**
 * The text `q` searches (decision 34): the parts lower-cased, one per line. Matched with
 * `LIKE '%…%' ESCAPE '!'`, so `投诉` is found inside `客户投诉处理` on MySQL, MariaDB and SQLite alike.
 */
export function searchTextOf(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join('\n')
    .toLowerCase();
}

/** The LIKE pattern of a query, or null when it is blank. */
export function searchPattern(q: string | null | undefined): string | null {
  const text = q?.trim().toLowerCase();
  return text ? containsPattern(text) : null;
}
