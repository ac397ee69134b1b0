import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CallScriptsAndLists1796182652723 implements MigrationInterface {
  name = 'CallScriptsAndLists1796182652723';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"call_list\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"name\" varchar(100) NOT NULL, \"status\" varchar(20) NOT NULL, \"call_script_id\" varchar(36) NOT NULL, \"call_script_revision\" integer NOT NULL, \"filter\" text NOT NULL, \"agent_ids\" text NOT NULL, \"daily_quota\" integer NOT NULL, \"start_date\" date, \"launched_at\" datetime(3), \"customer_count\" integer, \"created_by_id\" varchar(36), \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_call_list_created\" ON \"call_list\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_call_list_updated\" ON \"call_list\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_call_list_name\" ON \"call_list\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_call_list_status\" ON \"call_list\" (\"status\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"call_script\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"call_type\" varchar(30) NOT NULL, \"name\" varchar(100) NOT NULL, \"active\" boolean NOT NULL DEFAULT (0), \"revision\" integer NOT NULL, \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_call_script_updated\" ON \"call_script\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_call_script_name\" ON \"call_script\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_call_script_type\" ON \"call_script\" (\"call_type\", \"active\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"call_script_line\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"revision_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"section\" varchar(10) NOT NULL, \"kind\" varchar(20), \"branch\" varchar(20), \"situation\" varchar(30), \"text\" varchar(1000) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_call_script_line_revision\" ON \"call_script_line\" (\"revision_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"call_script_revision\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"call_script_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"call_type\" varchar(30) NOT NULL, \"name\" varchar(100) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"author_id\" varchar(36))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_call_script_revision\" ON \"call_script_revision\" (\"call_script_id\", \"revision\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_call_script_revision\"");
    await queryRunner.query("DROP TABLE \"call_script_revision\"");
    await queryRunner.query("DROP INDEX \"idx_call_script_line_revision\"");
    await queryRunner.query("DROP TABLE \"call_script_line\"");
    await queryRunner.query("DROP INDEX \"idx_call_script_type\"");
    await queryRunner.query("DROP INDEX \"idx_call_script_name\"");
    await queryRunner.query("DROP INDEX \"idx_call_script_updated\"");
    await queryRunner.query("DROP TABLE \"call_script\"");
    await queryRunner.query("DROP INDEX \"idx_call_list_status\"");
    await queryRunner.query("DROP INDEX \"idx_call_list_name\"");
    await queryRunner.query("DROP INDEX \"idx_call_list_updated\"");
    await queryRunner.query("DROP INDEX \"idx_call_list_created\"");
    await queryRunner.query("DROP TABLE \"call_list\"");
  }
}
