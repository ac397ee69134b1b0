import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffMustChangePassword1796148499422 implements MigrationInterface {
  name = 'StaffMustChangePassword1796148499422';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff` ADD `must_change_password` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff` DROP COLUMN `must_change_password`");
  }
}
