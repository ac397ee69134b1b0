import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpSourceCategory1796190000000 implements MigrationInterface {
  name = 'FollowUpSourceCategory1796190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "follow_up" ADD COLUMN "source_category_id" varchar(36)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "follow_up" DROP COLUMN "source_category_id"');
  }
}
