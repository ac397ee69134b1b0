import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillCustomerGrams } from '../backfill-customer-grams';

export class CustomerSearchGram1795611730430 implements MigrationInterface {
  name = 'CustomerSearchGram1795611730430';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"customer_search_gram\" (\"gram\" varchar(16) NOT NULL, \"customer_id\" varchar(36) NOT NULL, PRIMARY KEY (\"gram\", \"customer_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_customer_search_gram_customer\" ON \"customer_search_gram\" (\"customer_id\") ");
    await backfillCustomerGrams(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_customer_search_gram_customer\"");
    await queryRunner.query("DROP TABLE \"customer_search_gram\"");
  }
}
