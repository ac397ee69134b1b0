import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartReplacementMachineWarranty1796160498479 implements MigrationInterface {
  name = 'PartReplacementMachineWarranty1796160498479';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_part_replacement_updated\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_created\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_customer\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_contract\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_status\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_department\"");
    await queryRunner.query("CREATE TABLE \"temporary_part_replacement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contract_id\" varchar(36), \"part_name\" varchar(100) NOT NULL, \"quantity\" integer NOT NULL, \"unit_price\" decimal(14,2), \"inside_contract\" boolean NOT NULL DEFAULT (0), \"warranty_covered\" boolean NOT NULL DEFAULT (0), \"department\" varchar(20), \"description\" text, \"status\" varchar(20) NOT NULL, \"requested_by_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3), \"machine_warranty_end_date\" date)");
    await queryRunner.query("INSERT INTO \"temporary_part_replacement\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contract_id\", \"part_name\", \"quantity\", \"unit_price\", \"inside_contract\", \"warranty_covered\", \"department\", \"description\", \"status\", \"requested_by_id\", \"archived_at\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contract_id\", \"part_name\", \"quantity\", \"unit_price\", \"inside_contract\", \"warranty_covered\", \"department\", \"description\", \"status\", \"requested_by_id\", \"archived_at\" FROM \"part_replacement\"");
    await queryRunner.query("DROP TABLE \"part_replacement\"");
    await queryRunner.query("ALTER TABLE \"temporary_part_replacement\" RENAME TO \"part_replacement\"");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_updated\" ON \"part_replacement\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_created\" ON \"part_replacement\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_customer\" ON \"part_replacement\" (\"customer_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_contract\" ON \"part_replacement\" (\"contract_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_status\" ON \"part_replacement\" (\"status\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_department\" ON \"part_replacement\" (\"department\", \"updated_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_part_replacement_department\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_status\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_contract\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_customer\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_created\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_updated\"");
    await queryRunner.query("ALTER TABLE \"part_replacement\" RENAME TO \"temporary_part_replacement\"");
    await queryRunner.query("CREATE TABLE \"part_replacement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contract_id\" varchar(36), \"part_name\" varchar(100) NOT NULL, \"quantity\" integer NOT NULL, \"unit_price\" decimal(14,2), \"inside_contract\" boolean NOT NULL DEFAULT (0), \"warranty_covered\" boolean NOT NULL DEFAULT (0), \"department\" varchar(20), \"description\" text, \"status\" varchar(20) NOT NULL, \"requested_by_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"part_replacement\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contract_id\", \"part_name\", \"quantity\", \"unit_price\", \"inside_contract\", \"warranty_covered\", \"department\", \"description\", \"status\", \"requested_by_id\", \"archived_at\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contract_id\", \"part_name\", \"quantity\", \"unit_price\", \"inside_contract\", \"warranty_covered\", \"department\", \"description\", \"status\", \"requested_by_id\", \"archived_at\" FROM \"temporary_part_replacement\"");
    await queryRunner.query("DROP TABLE \"temporary_part_replacement\"");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_department\" ON \"part_replacement\" (\"department\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_status\" ON \"part_replacement\" (\"status\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_contract\" ON \"part_replacement\" (\"contract_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_customer\" ON \"part_replacement\" (\"customer_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_created\" ON \"part_replacement\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_updated\" ON \"part_replacement\" (\"updated_at\", \"id\") ");
  }
}
