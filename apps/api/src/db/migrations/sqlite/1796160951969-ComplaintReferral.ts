import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintReferral1796160951969 implements MigrationInterface {
  name = 'ComplaintReferral1796160951969';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_complaint_escalation_level\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_inbox\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_sweep\"");
    await queryRunner.query("CREATE TABLE \"temporary_complaint_escalation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"cycle\" integer NOT NULL, \"level\" integer NOT NULL, \"escalated_to_id\" varchar(36), \"escalated_at\" datetime(3) NOT NULL, \"sweep_id\" varchar(36) NOT NULL, \"opinion\" text, \"opinion_at\" datetime(3), \"referred_by_id\" varchar(36), \"reason\" text)");
    await queryRunner.query("INSERT INTO \"temporary_complaint_escalation\"(\"id\", \"complaint_id\", \"cycle\", \"level\", \"escalated_to_id\", \"escalated_at\", \"sweep_id\", \"opinion\", \"opinion_at\") SELECT \"id\", \"complaint_id\", \"cycle\", \"level\", \"escalated_to_id\", \"escalated_at\", \"sweep_id\", \"opinion\", \"opinion_at\" FROM \"complaint_escalation\"");
    await queryRunner.query("DROP TABLE \"complaint_escalation\"");
    await queryRunner.query("ALTER TABLE \"temporary_complaint_escalation\" RENAME TO \"complaint_escalation\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_complaint_escalation_level\" ON \"complaint_escalation\" (\"complaint_id\", \"cycle\", \"level\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_inbox\" ON \"complaint_escalation\" (\"escalated_to_id\", \"opinion_at\", \"escalated_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_sweep\" ON \"complaint_escalation\" (\"sweep_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_sweep\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_inbox\"");
    await queryRunner.query("DROP INDEX \"uq_complaint_escalation_level\"");
    await queryRunner.query("ALTER TABLE \"complaint_escalation\" RENAME TO \"temporary_complaint_escalation\"");
    await queryRunner.query("CREATE TABLE \"complaint_escalation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"cycle\" integer NOT NULL, \"level\" integer NOT NULL, \"escalated_to_id\" varchar(36), \"escalated_at\" datetime(3) NOT NULL, \"sweep_id\" varchar(36) NOT NULL, \"opinion\" text, \"opinion_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"complaint_escalation\"(\"id\", \"complaint_id\", \"cycle\", \"level\", \"escalated_to_id\", \"escalated_at\", \"sweep_id\", \"opinion\", \"opinion_at\") SELECT \"id\", \"complaint_id\", \"cycle\", \"level\", \"escalated_to_id\", \"escalated_at\", \"sweep_id\", \"opinion\", \"opinion_at\" FROM \"temporary_complaint_escalation\"");
    await queryRunner.query("DROP TABLE \"temporary_complaint_escalation\"");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_sweep\" ON \"complaint_escalation\" (\"sweep_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_inbox\" ON \"complaint_escalation\" (\"escalated_to_id\", \"opinion_at\", \"escalated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_complaint_escalation_level\" ON \"complaint_escalation\" (\"complaint_id\", \"cycle\", \"level\") ");
  }
}
