import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PushEvents1796160000001 implements MigrationInterface {
  name = 'PushEvents1796160000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"push_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime(3) NOT NULL, \"kind\" varchar(30) NOT NULL, \"recipient_id\" varchar(36), \"recipient_role\" varchar(20), \"complaint_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_push_event_at\" ON \"push_event\" (\"at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_push_event_at\"");
    await queryRunner.query("DROP TABLE \"push_event\"");
  }
}
