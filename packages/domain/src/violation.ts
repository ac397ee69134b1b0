/** What a rule returns when its input breaks it; `rule` is also the i18n key of the message. */
export interface Violation {
  rule: string;
  field?: string;
  params?: Record<string, string | number>;
}

export function hasViolations(violations: readonly Violation[]): boolean {
  return violations.length > 0;
}
