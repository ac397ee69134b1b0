import type { CalibrationStatus, EvaluatedKind } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { decimalColumn, EvaluatedKindEnum } from '../quality';
import { CalibrationStatusEnum } from './calibration.enums';

/**
 * 质检校准: several inspectors score one record blind on one scorecard version; after the reveal a
 * manager records the agreed score per dimension. The agreed scores are a handful of numbers read
 * with the session, never queried by content: JSON, like a scorecard version's dimensions.
 */
@ObjectType({ description: '质检校准: several inspectors score the same record blind, then agree on one score per dimension' })
@Entity('calibration_session')
@Index('idx_calibration_session_created', ['createdAt', 'id'])
@Index('idx_calibration_session_updated', ['updatedAt', 'id'])
@Index('idx_calibration_session_status', ['status', 'createdAt', 'id'])
@Index('idx_calibration_session_subject', ['subjectKind', 'subjectId'])
@Index('idx_calibration_session_agent', ['agentId', 'createdAt'])
export class CalibrationSession extends BaseRecord {
  @Field(() => EvaluatedKindEnum, { description: 'What kind of record is calibrated' })
  @Column({ name: 'subject_kind', type: 'varchar', length: 20 })
  subjectKind: EvaluatedKind;

  @Field(() => ID, { description: 'The calibrated record (an interaction, a complaint or a follow-up attempt)' })
  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Field(() => ID, { description: 'The agent whose record it is' })
  @Column({ name: 'agent_id', type: 'varchar', length: 36 })
  agentId: string;

  @Field(() => ID, { description: 'The scorecard' })
  @Column({ name: 'template_id', type: 'varchar', length: 36 })
  templateId: string;

  @Field(() => Int, { description: 'The scorecard version everyone scores on' })
  @Column({ name: 'template_version', type: 'int' })
  templateVersion: number;

  @Field(() => String, { nullable: true, description: 'What to look at in the record (校准主题)' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  topic: string | null;

  @Field(() => CalibrationStatusEnum, { description: 'Where it stands' })
  @Column({ type: 'varchar', length: 20 })
  status: CalibrationStatus;

  /** quality.calibrationTolerance when the session opened: a later change of the setting does not rewrite past disagreements. */
  @Field(() => Int, { description: 'The tolerance the spread is judged by: a range beyond this percent of the scale disagrees' })
  @Column({ name: 'tolerance_percent', type: 'int' })
  tolerancePercent: number;

  @Field(() => ID, { description: 'The manager who opened it' })
  @Column({ name: 'opened_by_id', type: 'varchar', length: 36 })
  openedById: string;

  @Field(() => Date, { nullable: true, description: 'When the scores were revealed' })
  @Column({ name: 'revealed_at', type: 'datetime', precision: 3, nullable: true })
  revealedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agreed scores were recorded' })
  @Column({ name: 'agreed_at', type: 'datetime', precision: 3, nullable: true })
  agreedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The manager who recorded the agreed scores' })
  @Column({ name: 'agreed_by_id', type: 'varchar', length: 36, nullable: true })
  agreedById: string | null;

  /** `{ "TONE": 8, … }` in the scorecard's order. */
  @Column({ name: 'agreed_scores', type: 'varchar', length: 2000, nullable: true })
  agreedScores: string | null;

  @Field(() => Float, { nullable: true, description: 'The agreed scores’ weighted total, 0–100' })
  @Column(decimalColumn({ name: 'agreed_total', nullable: true }))
  agreedTotal: number | null;

  @Field(() => String, { nullable: true, description: 'How the inspectors agreed (required when a dimension disagreed)' })
  @Column({ name: 'agreement_note', type: 'varchar', length: 1000, nullable: true })
  agreementNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled' })
  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled' })
  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;
}
