import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEntityIdWidth1796164359574 implements MigrationInterface {
  name = 'AuditEntityIdWidth1796164359574';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_audit_entity\"");
    await queryRunner.query("DROP INDEX \"idx_audit_actor\"");
    await queryRunner.query("CREATE TABLE \"temporary_audit_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity\" varchar(30) NOT NULL, \"entity_id\" varchar(64) NOT NULL, \"action\" varchar(10) NOT NULL, \"field\" varchar(50), \"old_value\" text, \"new_value\" text, \"actor_id\" varchar(36), \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_audit_log\"(\"id\", \"entity\", \"entity_id\", \"action\", \"field\", \"old_value\", \"new_value\", \"actor_id\", \"at\") SELECT \"id\", \"entity\", \"entity_id\", \"action\", \"field\", \"old_value\", \"new_value\", \"actor_id\", \"at\" FROM \"audit_log\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
    await queryRunner.query("ALTER TABLE \"temporary_audit_log\" RENAME TO \"audit_log\"");
    await queryRunner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_log\" (\"actor_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_entity\" ON \"audit_log\" (\"entity\", \"entity_id\", \"at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_audit_entity\"");
    await queryRunner.query("DROP INDEX \"idx_audit_actor\"");
    await queryRunner.query("ALTER TABLE \"audit_log\" RENAME TO \"temporary_audit_log\"");
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity\" varchar(30) NOT NULL, \"entity_id\" varchar(36) NOT NULL, \"action\" varchar(10) NOT NULL, \"field\" varchar(50), \"old_value\" text, \"new_value\" text, \"actor_id\" varchar(36), \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"audit_log\"(\"id\", \"entity\", \"entity_id\", \"action\", \"field\", \"old_value\", \"new_value\", \"actor_id\", \"at\") SELECT \"id\", \"entity\", \"entity_id\", \"action\", \"field\", \"old_value\", \"new_value\", \"actor_id\", \"at\" FROM \"temporary_audit_log\"");
    await queryRunner.query("DROP TABLE \"temporary_audit_log\"");
    await queryRunner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_log\" (\"actor_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_entity\" ON \"audit_log\" (\"entity\", \"entity_id\", \"at\") ");
  }
}
