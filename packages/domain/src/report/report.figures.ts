/** Report arithmetic: shares, changes, percentiles, compliance. Pure, rounded for display to one decimal. */

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** `part` as a percentage of `whole`; null when there is no whole to share. */
export function sharePercent(part: number, whole: number): number | null {
  return whole === 0 ? null : oneDecimal((100 * part) / whole);
}

/** The change from `previous` to `current` in percent (+12.5 means 12.5 % more); null when there was nothing before. */
export function changePercent(current: number, previous: number): number | null {
  return previous === 0 ? null : oneDecimal((100 * (current - previous)) / previous);
}

/** The p-th percentile (0–100) by the nearest-rank method: always a value that occurred; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface CategoryCount {
  category: string;
  count: number;
}

export interface CategoryRow {
  category: string;
  count: number;
  /** Share of the month's total, in percent. */
  share: number | null;
  /** Change against the previous month and against the same month a year before, in percent. */
  changeVsPreviousMonth: number | null;
  changeVsLastYear: number | null;
}

/**
 * Complaints by category, as in the national table (质量 62.6 %, 合同 10.7 % …): count, share and the
 * change against the previous period and the same period a year before. A category that had none
 * this month but had some before is listed too: a fall to zero is news.
 */
export function categoryBreakdown(current: readonly CategoryCount[], previousMonth: readonly CategoryCount[], lastYear: readonly CategoryCount[]): CategoryRow[] {
  const countIn = (rows: readonly CategoryCount[]) => new Map(rows.map((row) => [row.category, row.count]));
  const now = countIn(current);
  const before = countIn(previousMonth);
  const yearAgo = countIn(lastYear);
  const total = current.reduce((sum, row) => sum + row.count, 0);
  const categories = [...new Set([...now.keys(), ...before.keys(), ...yearAgo.keys()])];
  return categories
    .map((category) => {
      const count = now.get(category) ?? 0;
      return {
        category,
        count,
        share: sharePercent(count, total),
        changeVsPreviousMonth: changePercent(count, before.get(category) ?? 0),
        changeVsLastYear: changePercent(count, yearAgo.get(category) ?? 0),
      };
    })
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}
