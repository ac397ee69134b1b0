import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerAssignments1795612245999 implements MigrationInterface {
  name = 'CustomerAssignments1795612245999';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"customer_assignment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"agent_id\" varchar(36) NOT NULL, \"previous_agent_id\" varchar(36), \"assigned_by_id\" varchar(36) NOT NULL, \"reason\" varchar(500) NOT NULL, \"assigned_at\" datetime(3) NOT NULL, \"first_contact_due_at\" datetime(3) NOT NULL, \"first_contacted_at\" datetime(3), \"first_contact_interaction_id\" varchar(36), \"ended_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_assignment_open_due\" ON \"customer_assignment\" (\"ended_at\", \"first_contacted_at\", \"first_contact_due_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_assignment_agent_open\" ON \"customer_assignment\" (\"agent_id\", \"ended_at\", \"first_contacted_at\", \"first_contact_due_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_assignment_customer\" ON \"customer_assignment\" (\"customer_id\", \"assigned_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_assignment_customer\"");
    await queryRunner.query("DROP INDEX \"idx_assignment_agent_open\"");
    await queryRunner.query("DROP INDEX \"idx_assignment_open_due\"");
    await queryRunner.query("DROP TABLE \"customer_assignment\"");
  }
}
