/** A LIKE pattern matching `text` anywhere; use with `ESCAPE '!'` (a character both MySQL and SQLite accept). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
