import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796147614014 implements MigrationInterface {
  name = 'Attachments1796147614014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attachment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"owner_type\" varchar(20) NOT NULL, \"owner_id\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"content_type\" varchar(100) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"storage_key\" varchar(100) NOT NULL, \"thumbnail_key\" varchar(100), \"uploaded_by_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_attachment_owner\" ON \"attachment\" (\"owner_type\", \"owner_id\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_attachment_owner\"");
    await queryRunner.query("DROP TABLE \"attachment\"");
  }
}
