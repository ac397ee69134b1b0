import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Holidays1795612723722 implements MigrationInterface {
  name = 'Holidays1795612723722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"holiday\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"date\" varchar(10) NOT NULL, \"kind\" varchar(20) NOT NULL, \"name\" varchar(50) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_holiday_date\" ON \"holiday\" (\"date\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_holiday_date\"");
    await queryRunner.query("DROP TABLE \"holiday\"");
  }
}
