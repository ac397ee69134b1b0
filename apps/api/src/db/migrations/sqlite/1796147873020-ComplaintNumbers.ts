import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillComplaintNumbers } from '../backfill-complaint-numbers';

export class ComplaintNumbers1796147873020 implements MigrationInterface {
  name = 'ComplaintNumbers1796147873020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"complaint_number_counter\" (\"day\" varchar(10) PRIMARY KEY NOT NULL, \"last_sequence\" integer NOT NULL)");
    await queryRunner.query("ALTER TABLE \"complaint\" ADD \"number\" varchar(20)");
    await backfillComplaintNumbers(queryRunner);
    await queryRunner.query("DROP INDEX \"idx_complaint_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_status_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_owner_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_customer_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation\"");
    await queryRunner.query("CREATE TABLE \"temporary_complaint\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contact_id\" varchar(36), \"contract_id\" varchar(36), \"channel\" varchar(20) NOT NULL, \"received_at\" datetime(3) NOT NULL, \"recorded_by_id\" varchar(36) NOT NULL, \"owner_id\" varchar(36) NOT NULL, \"category_id\" varchar(36) NOT NULL, \"severity\" varchar(20) NOT NULL, \"emotion\" varchar(20) NOT NULL, \"description\" text NOT NULL, \"customer_request\" text NOT NULL, \"product_name\" varchar(100), \"product_spec\" varchar(100), \"production_date\" varchar(10), \"batch_number\" varchar(100), \"used_at\" varchar(10), \"status\" varchar(20) NOT NULL, \"priority\" varchar(10) NOT NULL DEFAULT ('NORMAL'), \"urge_count\" integer NOT NULL DEFAULT (0), \"last_urged_at\" datetime(3), \"departments\" text NOT NULL, \"assessment_note\" text, \"current_proposal_id\" varchar(36), \"sla_start_at\" datetime(3) NOT NULL, \"sla_cycle\" integer NOT NULL DEFAULT (0), \"due_at\" datetime(3) NOT NULL, \"escalation_level\" integer NOT NULL DEFAULT (0), \"escalated_at\" datetime(3), \"closed_at\" datetime(3), \"number\" varchar(20) NOT NULL)");
    await queryRunner.query("INSERT INTO \"temporary_complaint\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contact_id\", \"contract_id\", \"channel\", \"received_at\", \"recorded_by_id\", \"owner_id\", \"category_id\", \"severity\", \"emotion\", \"description\", \"customer_request\", \"product_name\", \"product_spec\", \"production_date\", \"batch_number\", \"used_at\", \"status\", \"priority\", \"urge_count\", \"last_urged_at\", \"departments\", \"assessment_note\", \"current_proposal_id\", \"sla_start_at\", \"sla_cycle\", \"due_at\", \"escalation_level\", \"escalated_at\", \"closed_at\", \"number\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contact_id\", \"contract_id\", \"channel\", \"received_at\", \"recorded_by_id\", \"owner_id\", \"category_id\", \"severity\", \"emotion\", \"description\", \"customer_request\", \"product_name\", \"product_spec\", \"production_date\", \"batch_number\", \"used_at\", \"status\", \"priority\", \"urge_count\", \"last_urged_at\", \"departments\", \"assessment_note\", \"current_proposal_id\", \"sla_start_at\", \"sla_cycle\", \"due_at\", \"escalation_level\", \"escalated_at\", \"closed_at\", \"number\" FROM \"complaint\"");
    await queryRunner.query("DROP TABLE \"complaint\"");
    await queryRunner.query("ALTER TABLE \"temporary_complaint\" RENAME TO \"complaint\"");
    await queryRunner.query("CREATE INDEX \"idx_complaint_received\" ON \"complaint\" (\"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_status_received\" ON \"complaint\" (\"status\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_received\" ON \"complaint\" (\"category_id\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_open_due\" ON \"complaint\" (\"category_id\", \"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_open_due\" ON \"complaint\" (\"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_owner_open_due\" ON \"complaint\" (\"owner_id\", \"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_customer_received\" ON \"complaint\" (\"customer_id\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation\" ON \"complaint\" (\"closed_at\", \"escalation_level\", \"sla_start_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_complaint_number\" ON \"complaint\" (\"number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_complaint_number\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_customer_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_owner_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_status_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_received\"");
    await queryRunner.query("ALTER TABLE \"complaint\" RENAME TO \"temporary_complaint\"");
    await queryRunner.query("CREATE TABLE \"complaint\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contact_id\" varchar(36), \"contract_id\" varchar(36), \"channel\" varchar(20) NOT NULL, \"received_at\" datetime(3) NOT NULL, \"recorded_by_id\" varchar(36) NOT NULL, \"owner_id\" varchar(36) NOT NULL, \"category_id\" varchar(36) NOT NULL, \"severity\" varchar(20) NOT NULL, \"emotion\" varchar(20) NOT NULL, \"description\" text NOT NULL, \"customer_request\" text NOT NULL, \"product_name\" varchar(100), \"product_spec\" varchar(100), \"production_date\" varchar(10), \"batch_number\" varchar(100), \"used_at\" varchar(10), \"status\" varchar(20) NOT NULL, \"priority\" varchar(10) NOT NULL DEFAULT ('NORMAL'), \"urge_count\" integer NOT NULL DEFAULT (0), \"last_urged_at\" datetime(3), \"departments\" text NOT NULL, \"assessment_note\" text, \"current_proposal_id\" varchar(36), \"sla_start_at\" datetime(3) NOT NULL, \"sla_cycle\" integer NOT NULL DEFAULT (0), \"due_at\" datetime(3) NOT NULL, \"escalation_level\" integer NOT NULL DEFAULT (0), \"escalated_at\" datetime(3), \"closed_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"complaint\"(\"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contact_id\", \"contract_id\", \"channel\", \"received_at\", \"recorded_by_id\", \"owner_id\", \"category_id\", \"severity\", \"emotion\", \"description\", \"customer_request\", \"product_name\", \"product_spec\", \"production_date\", \"batch_number\", \"used_at\", \"status\", \"priority\", \"urge_count\", \"last_urged_at\", \"departments\", \"assessment_note\", \"current_proposal_id\", \"sla_start_at\", \"sla_cycle\", \"due_at\", \"escalation_level\", \"escalated_at\", \"closed_at\") SELECT \"id\", \"version\", \"created_at\", \"updated_at\", \"customer_id\", \"contact_id\", \"contract_id\", \"channel\", \"received_at\", \"recorded_by_id\", \"owner_id\", \"category_id\", \"severity\", \"emotion\", \"description\", \"customer_request\", \"product_name\", \"product_spec\", \"production_date\", \"batch_number\", \"used_at\", \"status\", \"priority\", \"urge_count\", \"last_urged_at\", \"departments\", \"assessment_note\", \"current_proposal_id\", \"sla_start_at\", \"sla_cycle\", \"due_at\", \"escalation_level\", \"escalated_at\", \"closed_at\" FROM \"temporary_complaint\"");
    await queryRunner.query("DROP TABLE \"temporary_complaint\"");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation\" ON \"complaint\" (\"closed_at\", \"escalation_level\", \"sla_start_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_customer_received\" ON \"complaint\" (\"customer_id\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_owner_open_due\" ON \"complaint\" (\"owner_id\", \"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_open_due\" ON \"complaint\" (\"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_open_due\" ON \"complaint\" (\"category_id\", \"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_received\" ON \"complaint\" (\"category_id\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_status_received\" ON \"complaint\" (\"status\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_received\" ON \"complaint\" (\"received_at\", \"id\") ");
    await queryRunner.query("DROP TABLE \"complaint_number_counter\"");
  }
}
