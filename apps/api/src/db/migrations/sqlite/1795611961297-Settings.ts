import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Settings1795611961297 implements MigrationInterface {
  name = 'Settings1795611961297';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"setting\" (\"key\" varchar(64) PRIMARY KEY NOT NULL, \"value\" integer NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"updated_at\" datetime(3) NOT NULL)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"setting\"");
  }
}
