import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Home screen counts read from an index alone: an owner's open urged complaints, an owner's open
 * complaints by age (a team's > 24 h), every open complaint by age (the department's), and live customers per owner (workload balance).
 */
export class HomeScreenCountIndexes1796309100000 implements MigrationInterface {
  name = 'HomeScreenCountIndexes1796309100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `idx_complaint_owner_open_urged` ON `complaint` (`owner_id`, `closed_at`, `last_urged_at`, `id`)');
    await queryRunner.query('CREATE INDEX `idx_complaint_owner_open_received` ON `complaint` (`owner_id`, `closed_at`, `received_at`, `id`)');
    await queryRunner.query('CREATE INDEX `idx_complaint_open_received` ON `complaint` (`closed_at`, `received_at`, `id`)');
    await queryRunner.query('CREATE INDEX `idx_customer_owner_archived` ON `customer` (`owner_id`, `archived_at`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `idx_customer_owner_archived` ON `customer`');
    await queryRunner.query('DROP INDEX `idx_complaint_open_received` ON `complaint`');
    await queryRunner.query('DROP INDEX `idx_complaint_owner_open_received` ON `complaint`');
    await queryRunner.query('DROP INDEX `idx_complaint_owner_open_urged` ON `complaint`');
  }
}
