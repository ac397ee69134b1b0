import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly report at volume (decision 0046): its raw reads from an index alone (resolutions and
 * open-overdue by closed_at; notable cases by received_at), and the roll-ups rebuilt by the job's next
 * run, since complaint counts now keep their category ("complaintReceived:<categoryId>").
 */
export class ReportsAtVolume1796313000000 implements MigrationInterface {
  name = 'ReportsAtVolume1796313000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "idx_complaint_closed_report" ON "complaint" ("closed_at", "category_id", "severity", "received_at", "due_at", "owner_id")',
    );
    await queryRunner.query(
      'CREATE INDEX "idx_complaint_received_notable" ON "complaint" ("received_at", "escalation_level", "urge_count", "severity", "owner_id")',
    );
    // No watermark: the roll-up job's next run rebuilds every day (decision 0035).
    await queryRunner.query('DELETE FROM "report_rollup_state"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_complaint_received_notable"');
    await queryRunner.query('DROP INDEX "idx_complaint_closed_report"');
    await queryRunner.query('DELETE FROM "report_rollup_state"');
  }
}
