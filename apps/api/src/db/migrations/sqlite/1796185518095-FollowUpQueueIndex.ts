import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpQueueIndex1796185518095 implements MigrationInterface {
  name = 'FollowUpQueueIndex1796185518095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_follow_up_queue\"");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_queue\" ON \"follow_up\" (\"assignee_id\", \"status\", \"archived_at\", \"due_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_follow_up_queue\"");
    await queryRunner.query("CREATE INDEX \"idx_follow_up_queue\" ON \"follow_up\" (\"assignee_id\", \"status\", \"due_at\", \"id\") ");
  }
}
