import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffMustChangePassword1796148505914 implements MigrationInterface {
  name = 'StaffMustChangePassword1796148505914';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_staff_name\"");
    await queryRunner.query("DROP INDEX \"idx_staff_role\"");
    await queryRunner.query("DROP INDEX \"idx_staff_team\"");
    await queryRunner.query("DROP INDEX \"uq_staff_username\"");
    await queryRunner.query("CREATE TABLE \"temporary_staff\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"username\" varchar(32) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"name\" varchar(50) NOT NULL, \"role\" varchar(20) NOT NULL, \"job_type\" varchar(20), \"skill_level\" integer NOT NULL DEFAULT (1), \"active\" boolean NOT NULL DEFAULT (1), \"phone\" varchar(30), \"team_id\" varchar(36), \"must_change_password\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_staff\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"username\", \"password_hash\", \"name\", \"role\", \"job_type\", \"skill_level\", \"active\", \"phone\", \"team_id\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"username\", \"password_hash\", \"name\", \"role\", \"job_type\", \"skill_level\", \"active\", \"phone\", \"team_id\" FROM \"staff\"");
    await queryRunner.query("DROP TABLE \"staff\"");
    await queryRunner.query("ALTER TABLE \"temporary_staff\" RENAME TO \"staff\"");
    await queryRunner.query("CREATE INDEX \"idx_staff_name\" ON \"staff\" (\"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_role\" ON \"staff\" (\"role\", \"name\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_team\" ON \"staff\" (\"team_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_staff_username\" ON \"staff\" (\"username\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_staff_username\"");
    await queryRunner.query("DROP INDEX \"idx_staff_team\"");
    await queryRunner.query("DROP INDEX \"idx_staff_role\"");
    await queryRunner.query("DROP INDEX \"idx_staff_name\"");
    await queryRunner.query("ALTER TABLE \"staff\" RENAME TO \"temporary_staff\"");
    await queryRunner.query("CREATE TABLE \"staff\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"username\" varchar(32) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"name\" varchar(50) NOT NULL, \"role\" varchar(20) NOT NULL, \"job_type\" varchar(20), \"skill_level\" integer NOT NULL DEFAULT (1), \"active\" boolean NOT NULL DEFAULT (1), \"phone\" varchar(30), \"team_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"staff\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"username\", \"password_hash\", \"name\", \"role\", \"job_type\", \"skill_level\", \"active\", \"phone\", \"team_id\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"username\", \"password_hash\", \"name\", \"role\", \"job_type\", \"skill_level\", \"active\", \"phone\", \"team_id\" FROM \"temporary_staff\"");
    await queryRunner.query("DROP TABLE \"temporary_staff\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_staff_username\" ON \"staff\" (\"username\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_team\" ON \"staff\" (\"team_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_role\" ON \"staff\" (\"role\", \"name\") ");
    await queryRunner.query("CREATE INDEX \"idx_staff_name\" ON \"staff\" (\"name\", \"id\") ");
  }
}
