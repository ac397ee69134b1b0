import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SwapCounterpartConsent1796169796436 implements MigrationInterface {
  name = 'SwapCounterpartConsent1796169796436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `shift_swap_request` ADD `counterpart_answered_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `shift_swap_request` ADD `counterpart_note` varchar(500) NULL");
    // A swap pending before the colleague's consent existed was waiting for the leaders.
    await queryRunner.query("UPDATE shift_swap_request SET status = 'PENDING_LEADERS' WHERE status = 'PENDING'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE shift_swap_request SET status = 'PENDING' WHERE status IN ('PENDING_COUNTERPART', 'PENDING_LEADERS')");
    await queryRunner.query("UPDATE shift_swap_request SET status = 'REJECTED' WHERE status = 'DECLINED'");
    await queryRunner.query("ALTER TABLE `shift_swap_request` DROP COLUMN `counterpart_note`");
    await queryRunner.query("ALTER TABLE `shift_swap_request` DROP COLUMN `counterpart_answered_at`");
  }
}
