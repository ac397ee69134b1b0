import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesAndCases1796304000000 implements MigrationInterface {
  name = 'NoticesAndCases1796304000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"case_study\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"complaint_number\" varchar(20) NOT NULL, \"category_id\" varchar(36) NOT NULL, \"severity\" varchar(20) NOT NULL, \"channel\" varchar(20) NOT NULL, \"title\" varchar(100) NOT NULL, \"facts\" text NOT NULL, \"handling\" text NOT NULL, \"lesson\" text NOT NULL, \"author_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3), \"search_text\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_case_study_category\" ON \"case_study\" (\"archived_at\", \"category_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_case_study_updated\" ON \"case_study\" (\"archived_at\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_case_study_complaint\" ON \"case_study\" (\"complaint_id\") ");
    await queryRunner.query("CREATE TABLE \"standard_answer\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"topic\" varchar(30) NOT NULL, \"question\" varchar(500) NOT NULL, \"answer\" text NOT NULL, \"revision\" integer NOT NULL DEFAULT (1), \"author_id\" varchar(36) NOT NULL, \"archived_at\" datetime(3), \"search_text\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_standard_answer_updated\" ON \"standard_answer\" (\"archived_at\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_standard_answer_topic\" ON \"standard_answer\" (\"archived_at\", \"topic\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"notice\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"kind\" varchar(20) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" text NOT NULL, \"status\" varchar(20) NOT NULL, \"pinned\" boolean NOT NULL DEFAULT (0), \"published_at\" datetime(3), \"published_by_id\" varchar(36), \"author_id\" varchar(36) NOT NULL, \"board_at\" datetime(3) NOT NULL, \"search_text\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_notice_title\" ON \"notice\" (\"title\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_notice_updated\" ON \"notice\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_notice_board\" ON \"notice\" (\"status\", \"pinned\", \"board_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"notice_receipt\" (\"notice_id\" varchar(36) NOT NULL, \"staff_id\" varchar(36) NOT NULL, \"read_at\" datetime(3) NOT NULL, PRIMARY KEY (\"notice_id\", \"staff_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_notice_receipt_staff\" ON \"notice_receipt\" (\"staff_id\", \"notice_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_notice_receipt_staff\"");
    await queryRunner.query("DROP TABLE \"notice_receipt\"");
    await queryRunner.query("DROP INDEX \"idx_notice_board\"");
    await queryRunner.query("DROP INDEX \"idx_notice_updated\"");
    await queryRunner.query("DROP INDEX \"idx_notice_title\"");
    await queryRunner.query("DROP TABLE \"notice\"");
    await queryRunner.query("DROP INDEX \"idx_standard_answer_topic\"");
    await queryRunner.query("DROP INDEX \"idx_standard_answer_updated\"");
    await queryRunner.query("DROP TABLE \"standard_answer\"");
    await queryRunner.query("DROP INDEX \"uq_case_study_complaint\"");
    await queryRunner.query("DROP INDEX \"idx_case_study_updated\"");
    await queryRunner.query("DROP INDEX \"idx_case_study_category\"");
    await queryRunner.query("DROP TABLE \"case_study\"");
  }
}
