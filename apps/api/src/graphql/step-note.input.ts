import { Field, InputType } from 'type-graphql';

/** The longest remark a step without other inputs keeps. */
export const STEP_NOTE_MAX = 500;

/**
 * The input of a step that needs nothing but the record and its version (activating a contract,
 * completing a part replacement, acknowledging a handover): every step takes `(id, version, input)`
 * (DESIGN §2), and this one carries an optional remark kept in the record's history.
 */
@InputType({ description: 'A step with nothing else to say: an optional remark (at most 500 characters) kept in the record’s history' })
export class StepNoteInput {
  @Field(() => String, { nullable: true, description: 'A remark for the history (备注)' })
  note?: string | null;
}
