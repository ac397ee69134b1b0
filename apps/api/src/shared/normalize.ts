/** Trims text input; an optional field left blank becomes null rather than ''. */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Trims a text the input must have; left out (undefined) stays left out, so a partial update skips it. */
export function trimmedText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.trim();
}

/** Keeps only the keys present in `input`, so a partial update touches nothing else. */
export function presentKeys<T extends object>(input: T): Array<keyof T & string> {
  return (Object.keys(input) as Array<keyof T & string>).filter((key) => input[key] !== undefined);
}
