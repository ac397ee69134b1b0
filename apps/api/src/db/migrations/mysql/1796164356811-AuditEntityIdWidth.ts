import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Setting keys are audit entity ids and some are longer than 36 characters; widened in place (the generator would drop and re-add the column, losing every row's id). */
export class AuditEntityIdWidth1796164356811 implements MigrationInterface {
  name = 'AuditEntityIdWidth1796164356811';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `audit_log` MODIFY `entity_id` varchar(64) NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `audit_log` MODIFY `entity_id` varchar(36) NOT NULL");
  }
}
