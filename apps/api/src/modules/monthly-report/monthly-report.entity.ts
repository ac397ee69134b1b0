import type { MonthlyReportSection, ReportStatus } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { ReportStatusEnum } from './monthly-report.enums';

/** The scope key of a department-wide report (a team's report is keyed by its team id). */
export const DEPARTMENT_SCOPE = 'DEPARTMENT';

/**
 * 月服务报告: a frozen snapshot of one month (of a team, or of the department), generated from the
 * daily roll-ups, regenerated while a draft, commented per section by the leader, submitted and signed
 * by the manager. A signed report never changes: a correction is a new revision beside it.
 */
@ObjectType({ description: '月服务报告 (monthly service report): a frozen snapshot of a month, commented, submitted and signed' })
@Entity('monthly_report')
@Index('uq_monthly_report_revision', ['scopeKey', 'month', 'revision'], { unique: true })
@Index('idx_monthly_report_month', ['month', 'id'])
@Index('idx_monthly_report_status_month', ['status', 'month', 'id'])
@Index('idx_monthly_report_corrects', ['correctsId'])
export class MonthlyReport extends BaseRecord {
  @Field(() => String, { description: 'The reported month, YYYY-MM' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => ID, { nullable: true, description: 'Id of the reported team; null for the whole department' })
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  /** The team id, or DEPARTMENT: one revision series per month and scope (NULL would not be unique). */
  @Column({ name: 'scope_key', type: 'varchar', length: 36 })
  scopeKey: string;

  @Field(() => Int, { description: 'Revision (版本): 1, then one more for each correction of a signed report' })
  @Column({ type: 'int' })
  revision: number;

  @Field(() => ReportStatusEnum, { description: 'Draft, submitted or signed' })
  @Column({ type: 'varchar', length: 20 })
  status: ReportStatus;

  @Field(() => LocalDateScalar, { description: 'Due date of the submission: the configured day (report.monthlyDueDay) of the next month' })
  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate: string;

  @Field(() => Date, { description: 'When the snapshot was taken (生成时间)' })
  @Column({ name: 'generated_at', type: 'datetime', precision: 3 })
  generatedAt: Date;

  @Field(() => ID, { description: 'Id of who generated it last' })
  @Column({ name: 'generated_by_id', type: 'varchar', length: 36 })
  generatedById: string;

  @Field(() => Date, { nullable: true, description: 'When it was submitted; null while a draft' })
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of who submitted it' })
  @Column({ name: 'submitted_by_id', type: 'varchar', length: 36, nullable: true })
  submittedById: string | null;

  /** The business date of the submission, compared with the due date (late). */
  @Field(() => LocalDateScalar, { nullable: true, description: 'The business day it was submitted on' })
  @Column({ name: 'submitted_on', type: 'varchar', length: 10, nullable: true })
  submittedOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When the manager signed it (签发)' })
  @Column({ name: 'signed_at', type: 'datetime', precision: 3, nullable: true })
  signedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of the manager who signed it' })
  @Column({ name: 'signed_by_id', type: 'varchar', length: 36, nullable: true })
  signedById: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the signed revision this one corrects; null for a first revision' })
  @Column({ name: 'corrects_id', type: 'varchar', length: 36, nullable: true })
  correctsId: string | null;
}

/**
 * One section of a report: its table frozen at generation (the domain's MonthlyReportTable as JSON,
 * one row per section so each stays well inside a TEXT column) and the leader's commentary.
 */
@Entity('monthly_report_section')
export class MonthlyReportSectionRecord {
  @PrimaryColumn({ name: 'report_id', type: 'varchar', length: 36 })
  reportId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  section: MonthlyReportSection;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  snapshot: string;

  @Column({ type: 'text', nullable: true })
  commentary: string | null;
}
