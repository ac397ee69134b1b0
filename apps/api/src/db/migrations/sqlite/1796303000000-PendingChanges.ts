import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PendingChanges1796303000000 implements MigrationInterface {
  name = 'PendingChanges1796303000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "pending_change" ("id" varchar(36) PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "entity" varchar(20) NOT NULL, "record_id" varchar(36) NOT NULL, "field_changes" text NOT NULL, "status" varchar(20) NOT NULL, "open_key" varchar(60), "submitted_by_id" varchar(36) NOT NULL, "submitted_at" datetime(3) NOT NULL, "decided_by_id" varchar(36), "decided_at" datetime(3), "error_reason" varchar(30), "decision_note" varchar(500))');
    await queryRunner.query('CREATE INDEX "idx_pending_change_submitted" ON "pending_change" ("submitted_at", "id") ');
    await queryRunner.query('CREATE INDEX "idx_pending_change_submitter" ON "pending_change" ("submitted_by_id", "submitted_at", "id") ');
    await queryRunner.query('CREATE INDEX "idx_pending_change_status" ON "pending_change" ("status", "submitted_at", "id") ');
    await queryRunner.query('CREATE INDEX "idx_pending_change_record" ON "pending_change" ("entity", "record_id", "submitted_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_pending_change_open" ON "pending_change" ("open_key") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "pending_change"');
  }
}
