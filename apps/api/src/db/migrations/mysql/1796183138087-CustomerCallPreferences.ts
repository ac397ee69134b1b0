import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerCallPreferences1796183138087 implements MigrationInterface {
  name = 'CustomerCallPreferences1796183138087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `customer` ADD `do_not_call` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `customer` ADD `call_not_before_minute` smallint NULL");
    await queryRunner.query("ALTER TABLE `customer` ADD `call_not_after_minute` smallint NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `customer` DROP COLUMN `call_not_after_minute`");
    await queryRunner.query("ALTER TABLE `customer` DROP COLUMN `call_not_before_minute`");
    await queryRunner.query("ALTER TABLE `customer` DROP COLUMN `do_not_call`");
  }
}
