import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contracts1795612500198 implements MigrationInterface {
  name = 'Contracts1795612500198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"part_replacement_step\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"part_replacement_id\" varchar(36) NOT NULL, \"action\" varchar(20) NOT NULL, \"to_status\" varchar(20) NOT NULL, \"note\" varchar(500), \"actor_id\" varchar(36) NOT NULL, \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_step_replacement\" ON \"part_replacement_step\" (\"part_replacement_id\", \"at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"part_replacement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contract_id\" varchar(36), \"part_name\" varchar(100) NOT NULL, \"quantity\" integer NOT NULL, \"unit_price\" decimal(14,2), \"inside_contract\" boolean NOT NULL DEFAULT (0), \"warranty_covered\" boolean NOT NULL DEFAULT (0), \"department\" varchar(20), \"description\" text, \"status\" varchar(20) NOT NULL, \"requested_by_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_department\" ON \"part_replacement\" (\"department\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_status\" ON \"part_replacement\" (\"status\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_contract\" ON \"part_replacement\" (\"contract_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_customer\" ON \"part_replacement\" (\"customer_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_created\" ON \"part_replacement\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_part_replacement_updated\" ON \"part_replacement\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"contract_owner_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"contract_id\" varchar(36) NOT NULL, \"from_owner_id\" varchar(36), \"to_owner_id\" varchar(36) NOT NULL, \"assigned_by_id\" varchar(36) NOT NULL, \"reason\" varchar(500), \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_contract_owner_change_contract\" ON \"contract_owner_change\" (\"contract_id\", \"at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"contract\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"number\" varchar(50) NOT NULL, \"title\" varchar(200) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"scope\" text, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"warranty_end_date\" date, \"amount\" decimal(14,2) NOT NULL DEFAULT (0), \"confidential\" boolean NOT NULL DEFAULT (0), \"confidentiality_text\" text, \"stored_status\" varchar(20) NOT NULL, \"owner_id\" varchar(36) NOT NULL, \"termination_reason\" varchar(500), \"renewed_from_id\" varchar(36), \"renewed_to_id\" varchar(36), \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_contract_owner_end\" ON \"contract\" (\"owner_id\", \"end_date\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_customer_updated\" ON \"contract\" (\"customer_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_status_end\" ON \"contract\" (\"stored_status\", \"end_date\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_amount\" ON \"contract\" (\"amount\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_end\" ON \"contract\" (\"end_date\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_start\" ON \"contract\" (\"start_date\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_created\" ON \"contract\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contract_updated\" ON \"contract\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_contract_number\" ON \"contract\" (\"number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_contract_number\"");
    await queryRunner.query("DROP INDEX \"idx_contract_updated\"");
    await queryRunner.query("DROP INDEX \"idx_contract_created\"");
    await queryRunner.query("DROP INDEX \"idx_contract_start\"");
    await queryRunner.query("DROP INDEX \"idx_contract_end\"");
    await queryRunner.query("DROP INDEX \"idx_contract_amount\"");
    await queryRunner.query("DROP INDEX \"idx_contract_status_end\"");
    await queryRunner.query("DROP INDEX \"idx_contract_customer_updated\"");
    await queryRunner.query("DROP INDEX \"idx_contract_owner_end\"");
    await queryRunner.query("DROP TABLE \"contract\"");
    await queryRunner.query("DROP INDEX \"idx_contract_owner_change_contract\"");
    await queryRunner.query("DROP TABLE \"contract_owner_change\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_updated\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_created\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_customer\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_contract\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_status\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_department\"");
    await queryRunner.query("DROP TABLE \"part_replacement\"");
    await queryRunner.query("DROP INDEX \"idx_part_replacement_step_replacement\"");
    await queryRunner.query("DROP TABLE \"part_replacement_step\"");
  }
}
