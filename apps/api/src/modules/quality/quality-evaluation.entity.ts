import type { EvaluatedKind, EvaluationStatus } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { EvaluatedKindEnum, EvaluationStatusEnum } from './quality.enums';
import { decimalColumn } from './quality-decimal';

/**
 * 质检评分: one inspector's scorecard of one record (an interaction, a complaint or a follow-up
 * attempt) of one agent. Column names are a contract with the summaries and the monthly assessment
 * (helpers/CONTRACTS.md): add columns, never rename.
 */
@ObjectType({ description: '质检评分: an inspector’s scorecard of one record of one agent, with its dispute (申诉) flow' })
@Entity('quality_evaluation')
@Index('idx_quality_evaluation_month_agent', ['month', 'agentId'])
@Index('idx_quality_evaluation_agent_submitted', ['agentId', 'submittedAt'])
@Index('idx_quality_evaluation_team_month', ['teamId', 'month'])
@Index('idx_quality_evaluation_status_month', ['status', 'month'])
@Index('idx_quality_evaluation_agent_month', ['agentId', 'month'])
@Index('idx_quality_evaluation_created', ['createdAt', 'id'])
@Index('idx_quality_evaluation_subject', ['subjectKind', 'subjectId'])
@Index('idx_quality_evaluation_month_totals', ['month', 'status', 'agentId', 'teamId', 'total'])
@Index('idx_quality_evaluation_submitted_totals', ['submittedAt', 'status', 'agentId', 'teamId', 'total'])
export class QualityEvaluation extends BaseRecord {
  @Field(() => ID, { description: 'The scorecard' })
  @Column({ name: 'template_id', type: 'varchar', length: 36 })
  templateId: string;

  /** The template version it was scored on: a later edit of the template does not change it. */
  @Field(() => Int, { description: 'The scorecard version it was scored on' })
  @Column({ name: 'template_version', type: 'int' })
  templateVersion: number;

  @Field(() => ID, { description: 'The evaluated agent' })
  @Column({ name: 'agent_id', type: 'varchar', length: 36 })
  agentId: string;

  /** The agent's team when evaluated (a later move does not rewrite past summaries). */
  @Field(() => ID, { nullable: true, description: 'The agent’s team when evaluated' })
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  @Field(() => ID, { description: 'The QA inspector who scored it' })
  @Column({ name: 'inspector_id', type: 'varchar', length: 36 })
  inspectorId: string;

  @Field(() => EvaluatedKindEnum, { description: 'What kind of record was evaluated' })
  @Column({ name: 'subject_kind', type: 'varchar', length: 20 })
  subjectKind: EvaluatedKind;

  @Field(() => ID, { description: 'The evaluated record' })
  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'The channel of the evaluated record' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  channel: string | null;

  /**
   * 'YYYY-MM' of the evaluated record (not of the evaluation): the quota counts per record month.
   * varchar(7), not the contract's char(7): TypeORM's SQLite driver has no `char` (same values).
   */
  @Field(() => String, { description: 'Month of the evaluated record, YYYY-MM' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => EvaluationStatusEnum, { description: 'Where it stands' })
  @Column({ type: 'varchar', length: 20 })
  status: EvaluationStatus;

  @Field(() => Float, { nullable: true, description: 'Total 0–100 (0 when a critical item failed); null while nothing is scored' })
  @Column(decimalColumn({ name: 'total', nullable: true }))
  total: number | null;

  /** The weighted total before a critical item zeroed it. */
  @Field(() => Float, { nullable: true, description: 'The weighted total of the dimensions alone, also when a critical item failed' })
  @Column(decimalColumn({ name: 'weighted_total', nullable: true }))
  weightedTotal: number | null;

  @Field(() => Boolean, { description: 'A critical item (否决项) failed the whole evaluation' })
  @Column({ name: 'critical_failed', type: 'boolean', default: false })
  criticalFailed: boolean;

  /** Comma-separated critical item codes. */
  @Column({ name: 'critical_failures', type: 'varchar', length: 500, nullable: true })
  criticalFailures: string | null;

  @Field(() => String, { nullable: true, description: 'The inspector’s overall comment' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true, description: 'When the inspector submitted it' })
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agent acknowledged it' })
  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The agent’s reason for disputing (申诉理由)' })
  @Column({ name: 'dispute_reason', type: 'varchar', length: 500, nullable: true })
  disputeReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the agent disputed it' })
  @Column({ name: 'disputed_at', type: 'datetime', precision: 3, nullable: true })
  disputedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The manager who decided the dispute' })
  @Column({ name: 'decided_by_id', type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the dispute was decided' })
  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The manager’s reason for the decision' })
  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  /** Why the inspector went over the monthly maximum for this agent (required then, stored). */
  @Field(() => String, { nullable: true, description: 'Why the agent was evaluated beyond the monthly maximum' })
  @Column({ name: 'over_quota_reason', type: 'varchar', length: 500, nullable: true })
  overQuotaReason: string | null;
}
