/** The months a trend shows: `count` months up to and including `month` (YYYY-MM), oldest first. */
export function monthsUpTo(month: string, count: number): string[] {
  const [year, index] = month.split('-').map(Number);
  return Array.from({ length: count }, (_, back) => {
    const date = new Date(Date.UTC(year, index - 1 - (count - 1 - back), 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}
