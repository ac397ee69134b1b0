import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpCompletedIndex1796184787236 implements MigrationInterface {
  name = 'FollowUpCompletedIndex1796184787236';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_follow_up_completed\" ON \"follow_up\" (\"status\", \"completed_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_follow_up_completed\"");
  }
}
