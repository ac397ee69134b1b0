import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertComplaintCategories } from '../insert-complaint-categories';

export class Complaints1795613343015 implements MigrationInterface {
  name = 'Complaints1795613343015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"complaint_category\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"code\" varchar(40) NOT NULL, \"name_zh\" varchar(50) NOT NULL, \"name_en\" varchar(80) NOT NULL, \"due_hours\" integer, \"sort_order\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_complaint_category_code\" ON \"complaint_category\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_order\" ON \"complaint_category\" (\"sort_order\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"complaint_escalation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"cycle\" integer NOT NULL, \"level\" integer NOT NULL, \"escalated_to_id\" varchar(36), \"escalated_at\" datetime(3) NOT NULL, \"sweep_id\" varchar(36) NOT NULL, \"opinion\" text, \"opinion_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_sweep\" ON \"complaint_escalation\" (\"sweep_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation_inbox\" ON \"complaint_escalation\" (\"escalated_to_id\", \"opinion_at\", \"escalated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_complaint_escalation_level\" ON \"complaint_escalation\" (\"complaint_id\", \"cycle\", \"level\") ");
    await queryRunner.query("CREATE TABLE \"complaint_timeline_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"at\" datetime(3) NOT NULL, \"actor_id\" varchar(36), \"step\" varchar(30) NOT NULL, \"note\" text, \"recipient_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_complaint_timeline_complaint\" ON \"complaint_timeline_entry\" (\"complaint_id\", \"at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"complaint\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"customer_id\" varchar(36) NOT NULL, \"contact_id\" varchar(36), \"contract_id\" varchar(36), \"channel\" varchar(20) NOT NULL, \"received_at\" datetime(3) NOT NULL, \"recorded_by_id\" varchar(36) NOT NULL, \"owner_id\" varchar(36) NOT NULL, \"category_id\" varchar(36) NOT NULL, \"severity\" varchar(20) NOT NULL, \"emotion\" varchar(20) NOT NULL, \"description\" text NOT NULL, \"customer_request\" text NOT NULL, \"product_name\" varchar(100), \"product_spec\" varchar(100), \"production_date\" varchar(10), \"batch_number\" varchar(100), \"used_at\" varchar(10), \"status\" varchar(20) NOT NULL, \"priority\" varchar(10) NOT NULL DEFAULT ('NORMAL'), \"urge_count\" integer NOT NULL DEFAULT (0), \"last_urged_at\" datetime(3), \"departments\" text NOT NULL, \"assessment_note\" text, \"current_proposal_id\" varchar(36), \"sla_start_at\" datetime(3) NOT NULL, \"sla_cycle\" integer NOT NULL DEFAULT (0), \"due_at\" datetime(3) NOT NULL, \"escalation_level\" integer NOT NULL DEFAULT (0), \"escalated_at\" datetime(3), \"closed_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"idx_complaint_escalation\" ON \"complaint\" (\"closed_at\", \"escalation_level\", \"sla_start_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_customer_received\" ON \"complaint\" (\"customer_id\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_owner_open_due\" ON \"complaint\" (\"owner_id\", \"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_open_due\" ON \"complaint\" (\"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_open_due\" ON \"complaint\" (\"category_id\", \"closed_at\", \"due_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_category_received\" ON \"complaint\" (\"category_id\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_status_received\" ON \"complaint\" (\"status\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_complaint_received\" ON \"complaint\" (\"received_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"complaint_proposal\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"type\" varchar(30) NOT NULL, \"amount\" decimal(14,2) NOT NULL, \"description\" text NOT NULL, \"relationship\" text NOT NULL, \"word_of_mouth\" text NOT NULL, \"reasonableness\" text NOT NULL, \"company_fault_percent\" integer NOT NULL, \"proposed_by_id\" varchar(36) NOT NULL, \"decision\" varchar(10) NOT NULL, \"decided_by_id\" varchar(36), \"decided_at\" datetime(3), \"decision_note\" text, \"customer_accepted\" boolean)");
    await queryRunner.query("CREATE INDEX \"idx_complaint_proposal_complaint\" ON \"complaint_proposal\" (\"complaint_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"complaint_task\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"complaint_id\" varchar(36) NOT NULL, \"department\" varchar(20) NOT NULL, \"status\" varchar(10) NOT NULL, \"done_at\" datetime(3), \"done_by_id\" varchar(36), \"note\" text)");
    await queryRunner.query("CREATE INDEX \"idx_complaint_task_complaint\" ON \"complaint_task\" (\"complaint_id\", \"department\") ");
    await insertComplaintCategories(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_complaint_task_complaint\"");
    await queryRunner.query("DROP TABLE \"complaint_task\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_proposal_complaint\"");
    await queryRunner.query("DROP TABLE \"complaint_proposal\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_status_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_owner_open_due\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_customer_received\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation\"");
    await queryRunner.query("DROP TABLE \"complaint\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_timeline_complaint\"");
    await queryRunner.query("DROP TABLE \"complaint_timeline_entry\"");
    await queryRunner.query("DROP INDEX \"uq_complaint_escalation_level\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_inbox\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_escalation_sweep\"");
    await queryRunner.query("DROP TABLE \"complaint_escalation\"");
    await queryRunner.query("DROP INDEX \"idx_complaint_category_order\"");
    await queryRunner.query("DROP INDEX \"uq_complaint_category_code\"");
    await queryRunner.query("DROP TABLE \"complaint_category\"");
  }
}
