import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795610739098 implements MigrationInterface {
  name = 'Initial1795610739098';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"team\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"name\" varchar(50) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_team_name\" ON \"team\" (\"name\") ");
    await queryRunner.query("CREATE TABLE \"staff\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"username\" varchar(32) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"name\" varchar(50) NOT NULL, \"role\" varchar(20) NOT NULL, \"job_type\" varchar(20), \"skill_level\" integer NOT NULL DEFAULT (1), \"active\" boolean NOT NULL DEFAULT (1), \"phone\" varchar(30), \"team_id\" varchar(36))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_staff_username\" ON \"staff\" (\"username\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_team\" ON \"staff\" (\"team_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_role\" ON \"staff\" (\"role\", \"name\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_name\" ON \"staff\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity\" varchar(30) NOT NULL, \"entity_id\" varchar(36) NOT NULL, \"action\" varchar(10) NOT NULL, \"field\" varchar(50), \"old_value\" text, \"new_value\" text, \"actor_id\" varchar(36), \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_log\" (\"actor_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_entity\" ON \"audit_log\" (\"entity\", \"entity_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"login_throttle\" (\"key\" varchar(64) PRIMARY KEY NOT NULL, \"failures\" integer NOT NULL DEFAULT (0), \"locked_until\" datetime(3), \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"last_seen_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"revoked_at\" datetime(3))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_session_token_hash\" ON \"session\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"idx_session_staff\" ON \"session\" (\"staff_id\") ");
    await queryRunner.query("CREATE TABLE \"customer\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"kind\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"company\" varchar(200), \"phone\" varchar(30), \"email\" varchar(254), \"address\" varchar(300), \"source\" varchar(20), \"industry\" varchar(50), \"tier\" varchar(1) NOT NULL, \"lifecycle\" varchar(20) NOT NULL, \"tags\" text NOT NULL, \"notes\" text, \"owner_id\" varchar(36), \"archived_at\" datetime(3), \"search_text\" varchar(1000) NOT NULL DEFAULT (''))");
    await queryRunner.query("CREATE INDEX \"idx_customer_lifecycle_updated\" ON \"customer\" (\"lifecycle\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_tier_updated\" ON \"customer\" (\"tier\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_owner_updated\" ON \"customer\" (\"owner_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_name\" ON \"customer\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_created\" ON \"customer\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_customer_updated\" ON \"customer\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"contact\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"name\" varchar(50) NOT NULL, \"position\" varchar(50), \"phone\" varchar(30), \"email\" varchar(254), \"is_primary\" boolean NOT NULL DEFAULT (0), \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_contact_name\" ON \"contact\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contact_customer\" ON \"contact\" (\"customer_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"customer_tag\" (\"customer_id\" varchar(36) NOT NULL, \"tag\" varchar(20) NOT NULL, \"created_at\" datetime(3) NOT NULL, PRIMARY KEY (\"customer_id\", \"tag\"))");
    await queryRunner.query("CREATE INDEX \"idx_customer_tag_tag\" ON \"customer_tag\" (\"tag\", \"customer_id\") ");
    await queryRunner.query("CREATE TABLE \"interaction\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contact_id\" varchar(36), \"staff_id\" varchar(36) NOT NULL, \"channel\" varchar(20) NOT NULL, \"direction\" varchar(20) NOT NULL, \"summary\" text NOT NULL, \"outcome\" varchar(30), \"occurred_at\" datetime(3) NOT NULL, \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_interaction_staff_occurred\" ON \"interaction\" (\"staff_id\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_interaction_customer_occurred\" ON \"interaction\" (\"customer_id\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_interaction_occurred\" ON \"interaction\" (\"occurred_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_interaction_occurred\"");
    await queryRunner.query("DROP INDEX \"idx_interaction_customer_occurred\"");
    await queryRunner.query("DROP INDEX \"idx_interaction_staff_occurred\"");
    await queryRunner.query("DROP TABLE \"interaction\"");
    await queryRunner.query("DROP INDEX \"idx_customer_tag_tag\"");
    await queryRunner.query("DROP TABLE \"customer_tag\"");
    await queryRunner.query("DROP INDEX \"idx_contact_customer\"");
    await queryRunner.query("DROP INDEX \"idx_contact_name\"");
    await queryRunner.query("DROP TABLE \"contact\"");
    await queryRunner.query("DROP INDEX \"idx_customer_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_created\"");
    await queryRunner.query("DROP INDEX \"idx_customer_name\"");
    await queryRunner.query("DROP INDEX \"idx_customer_owner_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_tier_updated\"");
    await queryRunner.query("DROP INDEX \"idx_customer_lifecycle_updated\"");
    await queryRunner.query("DROP TABLE \"customer\"");
    await queryRunner.query("DROP INDEX \"idx_session_staff\"");
    await queryRunner.query("DROP INDEX \"uq_session_token_hash\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP TABLE \"login_throttle\"");
    await queryRunner.query("DROP INDEX \"idx_audit_entity\"");
    await queryRunner.query("DROP INDEX \"idx_audit_actor\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
    await queryRunner.query("DROP INDEX \"idx_staff_name\"");
    await queryRunner.query("DROP INDEX \"idx_staff_role\"");
    await queryRunner.query("DROP INDEX \"idx_staff_team\"");
    await queryRunner.query("DROP INDEX \"uq_staff_username\"");
    await queryRunner.query("DROP TABLE \"staff\"");
    await queryRunner.query("DROP INDEX \"uq_team_name\"");
    await queryRunner.query("DROP TABLE \"team\"");
  }
}
