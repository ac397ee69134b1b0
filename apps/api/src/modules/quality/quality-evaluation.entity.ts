import type { EvaluatedKind, EvaluationStatus } from '@sanxin/domain';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { decimalColumn } from './quality-decimal';

/**
 * 质检评分: one inspector's scorecard of one record (an interaction, a complaint or a follow-up
 * attempt) of one agent. Column names are a contract with the summaries and the monthly assessment
 * (helpers/CONTRACTS.md): add columns, never rename. The GraphQL type is `QualityEvaluationView`,
 * which masks what an agent may not see.
 */
@Entity('quality_evaluation')
@Index('idx_quality_evaluation_month_agent', ['month', 'agentId'])
@Index('idx_quality_evaluation_agent_submitted', ['agentId', 'submittedAt'])
@Index('idx_quality_evaluation_team_month', ['teamId', 'month'])
@Index('idx_quality_evaluation_status_month', ['status', 'month'])
export class QualityEvaluation extends BaseRecord {
  @Column({ name: 'template_id', type: 'varchar', length: 36 })
  templateId: string;

  /** The template version it was scored on: a later edit of the template does not change it. */
  @Column({ name: 'template_version', type: 'int' })
  templateVersion: number;

  @Column({ name: 'agent_id', type: 'varchar', length: 36 })
  agentId: string;

  /** The agent's team when evaluated (a later move does not rewrite past summaries). */
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  @Column({ name: 'inspector_id', type: 'varchar', length: 36 })
  inspectorId: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 20 })
  subjectKind: EvaluatedKind;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  channel: string | null;

  /**
   * 'YYYY-MM' of the evaluated record (not of the evaluation): the quota counts per record month.
   * varchar(7), not the contract's char(7): TypeORM's SQLite driver has no `char` (same values).
   */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 20 })
  status: EvaluationStatus;

  @Column(decimalColumn({ name: 'total', nullable: true }))
  total: number | null;

  /** The weighted total before a critical item zeroed it. */
  @Column(decimalColumn({ name: 'weighted_total', nullable: true }))
  weightedTotal: number | null;

  @Column({ name: 'critical_failed', type: 'boolean', default: false })
  criticalFailed: boolean;

  /** Comma-separated critical item codes. */
  @Column({ name: 'critical_failures', type: 'varchar', length: 500, nullable: true })
  criticalFailures: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'dispute_reason', type: 'varchar', length: 500, nullable: true })
  disputeReason: string | null;

  @Column({ name: 'disputed_at', type: 'datetime', precision: 3, nullable: true })
  disputedAt: Date | null;

  @Column({ name: 'decided_by_id', type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  /** Why the inspector went over the monthly maximum for this agent (required then, stored). */
  @Column({ name: 'over_quota_reason', type: 'varchar', length: 500, nullable: true })
  overQuotaReason: string | null;
}
