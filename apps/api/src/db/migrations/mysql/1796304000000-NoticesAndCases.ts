import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesAndCases1796304000000 implements MigrationInterface {
  name = 'NoticesAndCases1796304000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `case_study` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `complaint_id` varchar(36) NOT NULL, `complaint_number` varchar(20) NOT NULL, `category_id` varchar(36) NOT NULL, `severity` varchar(20) NOT NULL, `channel` varchar(20) NOT NULL, `title` varchar(100) NOT NULL, `facts` text NOT NULL, `handling` text NOT NULL, `lesson` text NOT NULL, `author_id` varchar(36) NOT NULL, `archived_at` datetime(3) NULL, `search_text` text NOT NULL, INDEX `idx_case_study_category` (`archived_at`, `category_id`, `id`), INDEX `idx_case_study_updated` (`archived_at`, `updated_at`, `id`), UNIQUE INDEX `uq_case_study_complaint` (`complaint_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `standard_answer` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `topic` varchar(30) NOT NULL, `question` varchar(500) NOT NULL, `answer` text NOT NULL, `revision` int NOT NULL DEFAULT '1', `author_id` varchar(36) NOT NULL, `archived_at` datetime(3) NULL, `search_text` text NOT NULL, INDEX `idx_standard_answer_updated` (`archived_at`, `updated_at`, `id`), INDEX `idx_standard_answer_topic` (`archived_at`, `topic`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `notice` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `kind` varchar(20) NOT NULL, `title` varchar(100) NOT NULL, `body` text NOT NULL, `status` varchar(20) NOT NULL, `pinned` tinyint NOT NULL DEFAULT 0, `published_at` datetime(3) NULL, `published_by_id` varchar(36) NULL, `author_id` varchar(36) NOT NULL, `board_at` datetime(3) NOT NULL, `search_text` text NOT NULL, INDEX `idx_notice_title` (`title`, `id`), INDEX `idx_notice_updated` (`updated_at`, `id`), INDEX `idx_notice_board` (`status`, `pinned`, `board_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `notice_receipt` (`notice_id` varchar(36) NOT NULL, `staff_id` varchar(36) NOT NULL, `read_at` datetime(3) NOT NULL, INDEX `idx_notice_receipt_staff` (`staff_id`, `notice_id`), PRIMARY KEY (`notice_id`, `staff_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_notice_receipt_staff` ON `notice_receipt`");
    await queryRunner.query("DROP TABLE `notice_receipt`");
    await queryRunner.query("DROP INDEX `idx_notice_board` ON `notice`");
    await queryRunner.query("DROP INDEX `idx_notice_updated` ON `notice`");
    await queryRunner.query("DROP INDEX `idx_notice_title` ON `notice`");
    await queryRunner.query("DROP TABLE `notice`");
    await queryRunner.query("DROP INDEX `idx_standard_answer_topic` ON `standard_answer`");
    await queryRunner.query("DROP INDEX `idx_standard_answer_updated` ON `standard_answer`");
    await queryRunner.query("DROP TABLE `standard_answer`");
    await queryRunner.query("DROP INDEX `uq_case_study_complaint` ON `case_study`");
    await queryRunner.query("DROP INDEX `idx_case_study_updated` ON `case_study`");
    await queryRunner.query("DROP INDEX `idx_case_study_category` ON `case_study`");
    await queryRunner.query("DROP TABLE `case_study`");
  }
}
