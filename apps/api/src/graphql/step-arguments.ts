import { badUserInput } from '../shared/errors';
import { FILTER_REMOVAL_DATE } from './filter-vocabulary';

/**
 * Step mutations take `(id, version, input)` (DESIGN §2, decision 0021). The arguments they took
 * before stay beside `input`, optional and deprecated until the policy's date; the input's value wins.
 */
export const MOVED_TO_INPUT = `Send it in \`input\`; removed after ${FILTER_REMOVAL_DATE}`;

/** The value sent in `input`, else in the deprecated argument; a required one sent in neither is BAD_USER_INPUT `required` at its name. */
export function stepValue<T>(name: string, inInput: T | null | undefined, deprecated: T | null | undefined, required: true): T;
export function stepValue<T>(name: string, inInput: T | null | undefined, deprecated: T | null | undefined, required?: false): T | undefined;
export function stepValue<T>(name: string, inInput: T | null | undefined, deprecated: T | null | undefined, required = false): T | undefined {
  const value = inInput ?? deprecated ?? undefined;
  if (required && value === undefined) throw badUserInput([{ rule: 'required', field: name }]);
  return value;
}
