import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillCustomerGrams } from '../backfill-customer-grams';

export class CustomerSearchGram1795611730048 implements MigrationInterface {
  name = 'CustomerSearchGram1795611730048';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `customer_search_gram` (`gram` varchar(16) NOT NULL, `customer_id` varchar(36) NOT NULL, INDEX `idx_customer_search_gram_customer` (`customer_id`), PRIMARY KEY (`gram`, `customer_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await backfillCustomerGrams(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_customer_search_gram_customer` ON `customer_search_gram`");
    await queryRunner.query("DROP TABLE `customer_search_gram`");
  }
}
