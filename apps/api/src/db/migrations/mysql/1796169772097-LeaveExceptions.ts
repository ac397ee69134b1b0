import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeaveExceptions1796169772097 implements MigrationInterface {
  name = 'LeaveExceptions1796169772097';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `leave_request` ADD `requested_by_id` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `leave_request` ADD `late` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `leave_request` ADD `late_rules` text NULL");
    await queryRunner.query("ALTER TABLE `leave_request` ADD `late_accepted_by_id` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `leave_request` ADD `late_accepted_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `leave_request` ADD `certificate_due_on` date NULL");
    await queryRunner.query("CREATE INDEX `idx_leave_certificate_due` ON `leave_request` (`certificate_due_on`, `status`)");
    // Requests before this migration were filed by the person themselves.
    await queryRunner.query("UPDATE `leave_request` SET `requested_by_id` = `staff_id`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_leave_certificate_due` ON `leave_request`");
    await queryRunner.query("ALTER TABLE `leave_request` DROP COLUMN `certificate_due_on`");
    await queryRunner.query("ALTER TABLE `leave_request` DROP COLUMN `late_accepted_at`");
    await queryRunner.query("ALTER TABLE `leave_request` DROP COLUMN `late_accepted_by_id`");
    await queryRunner.query("ALTER TABLE `leave_request` DROP COLUMN `late_rules`");
    await queryRunner.query("ALTER TABLE `leave_request` DROP COLUMN `late`");
    await queryRunner.query("ALTER TABLE `leave_request` DROP COLUMN `requested_by_id`");
  }
}
