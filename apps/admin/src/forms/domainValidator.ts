import type { Violation } from '@sanxin/domain';

export type FormErrors = Record<string, { message: string; args?: Record<string, string | number> }>;

/** Domain violations → react-admin form errors; the first violation of a field wins. */
export function toFormErrors(violations: readonly Violation[]): FormErrors {
  const errors: FormErrors = {};
  for (const { rule, field, params } of violations) {
    const key = field ?? 'root';
    if (!errors[key]) errors[key] = { message: `sanxin.validation.${rule}`, args: params };
  }
  return errors;
}

/**
 * A react-admin `validate` that runs the same rule the API runs. Empty inputs arrive as '' or
 * null; the rules treat both as "absent", so values pass through unchanged.
 */
export function domainValidator<T>(rule: (values: T) => readonly Violation[]) {
  return (values: T): FormErrors => toFormErrors(rule(values));
}
