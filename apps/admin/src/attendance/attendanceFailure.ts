import { errorCodeOf, fieldErrorsOf, isConflict } from '../providers/graphqlErrors';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What went wrong, in words: "changed by someone else", the rules the API named, else its message. */
export function attendanceFailure(failure: unknown, translate: Translate): { text: string; rules: string[] } {
  if (isConflict(failure) || errorCodeOf(failure) === 'CONFLICT') return { text: translate('sanxin.errors.CONFLICT'), rules: [] };
  const fields = fieldErrorsOf(failure);
  if (fields.length === 0) return { text: translate((failure as Error).message, { _: (failure as Error).message }), rules: [] };
  return {
    text: fields.map((field) => translate(`sanxin.validation.${field.code}`, { _: field.code, ...field.params })).join('；'),
    rules: fields.map((field) => field.code),
  };
}
