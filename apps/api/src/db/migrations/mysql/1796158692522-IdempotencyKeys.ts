import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796158692522 implements MigrationInterface {
  name = 'IdempotencyKeys1796158692522';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `idempotency_key` (`staff_id` varchar(36) NOT NULL, `key_hash` varchar(64) NOT NULL, `request_hash` varchar(64) NOT NULL, `created_at` datetime(3) NOT NULL, `status` smallint NOT NULL, `content_type` varchar(100) NOT NULL, `body` text NOT NULL, INDEX `idx_idempotency_key_created` (`created_at`), PRIMARY KEY (`staff_id`, `key_hash`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_idempotency_key_created` ON `idempotency_key`");
    await queryRunner.query("DROP TABLE `idempotency_key`");
  }
}
