import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListSortIndexes1796159932648 implements MigrationInterface {
  name = 'ListSortIndexes1796159932648';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_contact_created\" ON \"contact\" (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_assignment_first_contact_due\" ON \"customer_assignment\" (\"first_contact_due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_assignment_assigned\" ON \"customer_assignment\" (\"assigned_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_updated\" ON \"complaint\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_due\" ON \"complaint\" (\"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_interaction_created\" ON \"interaction\" (\"created_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_interaction_created\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_updated\"");
    await queryRunner.query("DROP INDEX \"idx_assignment_assigned\"");
    await queryRunner.query("DROP INDEX \"idx_assignment_first_contact_due\"");
    await queryRunner.query("DROP INDEX \"idx_contact_created\"");
  }
}
