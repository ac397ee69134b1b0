import { maxLength } from '@sanxin/domain';
import { STEP_NOTE_MAX } from '../graphql/step-note.input';
import { assertValid } from './errors';
import { optionalText } from './normalize';

/** A step's optional remark, trimmed (blank is none); BAD_USER_INPUT `tooLong` above 500 characters. */
export function stepNote(note: string | null | undefined): string | null {
  const remark = optionalText(note) ?? null;
  assertValid(maxLength('note', remark, STEP_NOTE_MAX));
  return remark;
}
