import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796158788007 implements MigrationInterface {
  name = 'IdempotencyKeys1796158788007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"idempotency_key\" (\"staff_id\" varchar(36) NOT NULL, \"key_hash\" varchar(64) NOT NULL, \"request_hash\" varchar(64) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"status\" smallint NOT NULL, \"content_type\" varchar(100) NOT NULL, \"body\" text NOT NULL, PRIMARY KEY (\"staff_id\", \"key_hash\"))");
    await queryRunner.query("CREATE INDEX \"idx_idempotency_key_created\" ON \"idempotency_key\" (\"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_idempotency_key_created\"");
    await queryRunner.query("DROP TABLE \"idempotency_key\"");
  }
}
