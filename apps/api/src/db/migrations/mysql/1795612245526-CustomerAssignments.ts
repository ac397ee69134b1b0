import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerAssignments1795612245526 implements MigrationInterface {
  name = 'CustomerAssignments1795612245526';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `customer_assignment` (`id` varchar(36) NOT NULL, `version` int NOT NULL DEFAULT '1', `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `customer_id` varchar(36) NOT NULL, `agent_id` varchar(36) NOT NULL, `previous_agent_id` varchar(36) NULL, `assigned_by_id` varchar(36) NOT NULL, `reason` varchar(500) NOT NULL, `assigned_at` datetime(3) NOT NULL, `first_contact_due_at` datetime(3) NOT NULL, `first_contacted_at` datetime(3) NULL, `first_contact_interaction_id` varchar(36) NULL, `ended_at` datetime(3) NULL, INDEX `idx_assignment_open_due` (`ended_at`, `first_contacted_at`, `first_contact_due_at`), INDEX `idx_assignment_agent_open` (`agent_id`, `ended_at`, `first_contacted_at`, `first_contact_due_at`), INDEX `idx_assignment_customer` (`customer_id`, `assigned_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_assignment_customer` ON `customer_assignment`");
    await queryRunner.query("DROP INDEX `idx_assignment_agent_open` ON `customer_assignment`");
    await queryRunner.query("DROP INDEX `idx_assignment_open_due` ON `customer_assignment`");
    await queryRunner.query("DROP TABLE `customer_assignment`");
  }
}
