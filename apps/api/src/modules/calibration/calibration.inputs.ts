import type { CalibrationStatus, EvaluatedKind } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { EvaluatedKindEnum } from '../quality';
import { CalibrationStatusEnum } from './calibration.enums';

@InputType({ description: 'A new calibration session: the record, the scorecard and the inspectors who score it blind' })
export class CreateCalibrationSessionInput {
  @Field(() => EvaluatedKindEnum, { description: 'What kind of record' })
  subjectKind: EvaluatedKind;

  @Field(() => ID, { description: 'The record: an interaction, a complaint or a follow-up attempt' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The scorecard (default: the active one), scored at its current version' })
  templateId?: string | null;

  @Field(() => [ID], { description: 'The inspectors (2 to 10 QA inspectors or managers, not the record’s agent)' })
  inspectorIds: string[];

  @Field(() => String, { nullable: true, description: 'What to look at in the record (校准主题), at most 500 characters' })
  topic?: string | null;
}

@InputType({ description: 'One dimension’s score' })
export class CalibrationScoreInput {
  @Field(() => String, { description: 'Dimension code of the session’s scorecard' })
  dimension: string;

  @Field(() => Int, { description: 'Whole points, 0 to the dimension’s maxScore' })
  score: number;
}

@InputType({ description: 'The viewer’s blind scores: every dimension once' })
export class SubmitCalibrationScoresInput {
  @Field(() => [CalibrationScoreInput], { description: 'One score per dimension of the scorecard' })
  scores: CalibrationScoreInput[];
}

@InputType({ description: 'The agreed scores: the facilitator’s decisions, the median for the dimensions left out' })
export class AgreeCalibrationSessionInput {
  @Field(() => [CalibrationScoreInput], { nullable: true, description: 'Decided dimensions, each within the inspectors’ lowest and highest score' })
  scores?: CalibrationScoreInput[] | null;

  @Field(() => String, { nullable: true, description: 'How they agreed (required when a dimension disagreed), at most 1000 characters' })
  note?: string | null;
}

@InputType({ description: 'Why a session is cancelled' })
export class CancelCalibrationSessionInput {
  @Field(() => String, { nullable: true, description: 'The reason, at most 500 characters' })
  reason?: string | null;
}

@InputType({ description: 'Which calibration sessions a list returns: every field given must match' })
export class CalibrationSessionFilter {
  @Field(() => String, { nullable: true, description: 'Text in the topic or the agreement note' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [CalibrationStatusEnum], { nullable: true, description: 'Only sessions in these statuses' })
  status?: CalibrationStatus[] | null;

  @Field(() => [EvaluatedKindEnum], { nullable: true, description: 'Only sessions about these kinds of record' })
  subjectKind?: EvaluatedKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions about this agent’s records' })
  agentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions this inspector is invited to' })
  inspectorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open sessions where the viewer still has to score; false: the others' })
  awaitingMe?: boolean | null;
}

export const CALIBRATION_SESSION_SORT_FIELDS = ['CREATED_AT', 'UPDATED_AT'] as const;
export type CalibrationSessionSortField = (typeof CALIBRATION_SESSION_SORT_FIELDS)[number];
export const CalibrationSessionSort = SortInputType('CalibrationSession', CALIBRATION_SESSION_SORT_FIELDS);
export type CalibrationSessionSort = InstanceType<typeof CalibrationSessionSort>;
