import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerMerge1796149184205 implements MigrationInterface {
  name = 'CustomerMerge1796149184205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"customer_merge\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"source_id\" varchar(36) NOT NULL, \"target_id\" varchar(36) NOT NULL, \"merged_by_id\" varchar(36) NOT NULL, \"merged_at\" datetime(3) NOT NULL, \"moved\" text NOT NULL, \"undone_at\" datetime(3), \"undone_by_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_customer_merge_target\" ON \"customer_merge\" (\"target_id\", \"merged_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_merge_source\" ON \"customer_merge\" (\"source_id\", \"merged_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_phone\" ON \"customer\" (\"phone\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_customer_phone\"");
    await queryRunner.query("DROP INDEX \"idx_customer_merge_source\"");
    await queryRunner.query("DROP INDEX \"idx_customer_merge_target\"");
    await queryRunner.query("DROP TABLE \"customer_merge\"");
  }
}
