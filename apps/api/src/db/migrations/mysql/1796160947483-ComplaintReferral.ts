import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplaintReferral1796160947483 implements MigrationInterface {
  name = 'ComplaintReferral1796160947483';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_escalation` ADD `referred_by_id` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `complaint_escalation` ADD `reason` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_escalation` DROP COLUMN `reason`");
    await queryRunner.query("ALTER TABLE `complaint_escalation` DROP COLUMN `referred_by_id`");
  }
}
