import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartReplacementMachineWarranty1796160493287 implements MigrationInterface {
  name = 'PartReplacementMachineWarranty1796160493287';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `part_replacement` ADD `machine_warranty_end_date` date NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `part_replacement` DROP COLUMN `machine_warranty_end_date`");
  }
}
