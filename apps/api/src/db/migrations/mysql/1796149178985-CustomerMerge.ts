import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerMerge1796149178985 implements MigrationInterface {
  name = 'CustomerMerge1796149178985';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `customer_merge` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `source_id` varchar(36) NOT NULL, `target_id` varchar(36) NOT NULL, `merged_by_id` varchar(36) NOT NULL, `merged_at` datetime(3) NOT NULL, `moved` text NOT NULL, `undone_at` datetime(3) NULL, `undone_by_id` varchar(36) NULL, INDEX `idx_customer_merge_target` (`target_id`, `merged_at`), INDEX `idx_customer_merge_source` (`source_id`, `merged_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE INDEX `idx_customer_phone` ON `customer` (`phone`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_customer_phone` ON `customer`");
    await queryRunner.query("DROP INDEX `idx_customer_merge_source` ON `customer_merge`");
    await queryRunner.query("DROP INDEX `idx_customer_merge_target` ON `customer_merge`");
    await queryRunner.query("DROP TABLE `customer_merge`");
  }
}
