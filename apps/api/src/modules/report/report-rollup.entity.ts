import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 日汇总: one count per business day × team × person × metric (the domain's `rollupMetric`
 * vocabulary). Reports read these rows, never the raw ones. An empty team id means the person has
 * no team. Kept by the roll-up job (report-rollup.job.ts), rebuilt by `pnpm report:rebuild`.
 */
@Entity('report_daily_rollup')
@Index('idx_report_rollup_team_day', ['teamId', 'day'])
@Index('idx_report_rollup_staff_day', ['staffId', 'day'])
export class ReportDailyRollup {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @PrimaryColumn({ name: 'team_id', type: 'varchar', length: 36 })
  teamId: string;

  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  metric: string;

  @Column({ type: 'int' })
  count: number;
}

/** Where the roll-up job got to: rows changed since `watermark` (less a margin) make their days dirty. */
@Entity('report_rollup_state')
export class ReportRollupState {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'datetime', precision: 3 })
  watermark: Date;
}
