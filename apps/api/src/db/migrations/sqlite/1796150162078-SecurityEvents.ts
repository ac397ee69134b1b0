import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SecurityEvents1796150162078 implements MigrationInterface {
  name = 'SecurityEvents1796150162078';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"security_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"at\" datetime(3) NOT NULL, \"kind\" varchar(30) NOT NULL, \"outcome\" varchar(10) NOT NULL, \"staff_id\" varchar(36), \"username\" varchar(64), \"subject_id\" varchar(36), \"ip\" varchar(64) NOT NULL, \"detail\" varchar(200))");
    await queryRunner.query("CREATE INDEX \"idx_security_event_staff\" ON \"security_event\" (\"staff_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_security_event_kind\" ON \"security_event\" (\"kind\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_security_event_at\" ON \"security_event\" (\"at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_security_event_at\"");
    await queryRunner.query("DROP INDEX \"idx_security_event_kind\"");
    await queryRunner.query("DROP INDEX \"idx_security_event_staff\"");
    await queryRunner.query("DROP TABLE \"security_event\"");
  }
}
