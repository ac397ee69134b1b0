import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerCallPreferences1796183140592 implements MigrationInterface {
  name = 'CustomerCallPreferences1796183140592';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_customer_phone\"");
    await queryRunner.query("DROP INDEX \"idx_customer_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_created\"");
    await queryRunner.query("DROP INDEX \"idx_customer_name\"");
    await queryRunner.query("DROP INDEX \"idx_customer_owner_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_tier_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_lifecycle_updated\"");
    await queryRunner.query("CREATE TABLE \"temporary_customer\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"kind\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"company\" varchar(200), \"phone\" varchar(30), \"email\" varchar(254), \"address\" varchar(300), \"source\" varchar(20), \"industry\" varchar(50), \"tier\" varchar(1) NOT NULL, \"lifecycle\" varchar(20) NOT NULL, \"tags\" text NOT NULL, \"notes\" text, \"owner_id\" varchar(36), \"archived_at\" datetime(3), \"search_text\" varchar(1000) NOT NULL DEFAULT (''), \"do_not_call\" boolean NOT NULL DEFAULT (0), \"call_not_before_minute\" smallint, \"call_not_after_minute\" smallint)");
    await queryRunner.query("INSERT INTO \"temporary_customer\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"kind\", \"name\", \"company\", \"phone\", \"email\", \"address\", \"source\", \"industry\", \"tier\", \"lifecycle\", \"tags\", \"notes\", \"owner_id\", \"archived_at\", \"search_text\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"kind\", \"name\", \"company\", \"phone\", \"email\", \"address\", \"source\", \"industry\", \"tier\", \"lifecycle\", \"tags\", \"notes\", \"owner_id\", \"archived_at\", \"search_text\" FROM \"customer\"");
    await queryRunner.query("DROP TABLE \"customer\"");
    await queryRunner.query("ALTER TABLE \"temporary_customer\" RENAME TO \"customer\"");
    await queryRunner.query("CREATE INDEX \"idx_customer_phone\" ON \"customer\" (\"phone\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_updated\" ON \"customer\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_created\" ON \"customer\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_name\" ON \"customer\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_owner_updated\" ON \"customer\" (\"owner_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_tier_updated\" ON \"customer\" (\"tier\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_lifecycle_updated\" ON \"customer\" (\"lifecycle\", \"updated_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_customer_lifecycle_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_tier_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_owner_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_name\"");
    await queryRunner.query("DROP INDEX \"idx_customer_created\"");
    await queryRunner.query("DROP INDEX \"idx_customer_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_phone\"");
    await queryRunner.query("ALTER TABLE \"customer\" RENAME TO \"temporary_customer\"");
    await queryRunner.query("CREATE TABLE \"customer\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"kind\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"company\" varchar(200), \"phone\" varchar(30), \"email\" varchar(254), \"address\" varchar(300), \"source\" varchar(20), \"industry\" varchar(50), \"tier\" varchar(1) NOT NULL, \"lifecycle\" varchar(20) NOT NULL, \"tags\" text NOT NULL, \"notes\" text, \"owner_id\" varchar(36), \"archived_at\" datetime(3), \"search_text\" varchar(1000) NOT NULL DEFAULT (''))");
    await queryRunner.query("INSERT INTO \"customer\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"kind\", \"name\", \"company\", \"phone\", \"email\", \"address\", \"source\", \"industry\", \"tier\", \"lifecycle\", \"tags\", \"notes\", \"owner_id\", \"archived_at\", \"search_text\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"kind\", \"name\", \"company\", \"phone\", \"email\", \"address\", \"source\", \"industry\", \"tier\", \"lifecycle\", \"tags\", \"notes\", \"owner_id\", \"archived_at\", \"search_text\" FROM \"temporary_customer\"");
    await queryRunner.query("DROP TABLE \"temporary_customer\"");
    await queryRunner.query("CREATE INDEX \"idx_customer_lifecycle_updated\" ON \"customer\" (\"lifecycle\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_tier_updated\" ON \"customer\" (\"tier\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_owner_updated\" ON \"customer\" (\"owner_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_name\" ON \"customer\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_created\" ON \"customer\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_updated\" ON \"customer\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_phone\" ON \"customer\" (\"phone\") ");
  }
}
