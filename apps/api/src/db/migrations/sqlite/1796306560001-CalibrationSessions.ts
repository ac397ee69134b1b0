import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalibrationSessions1796306560001 implements MigrationInterface {
  name = 'CalibrationSessions1796306560001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"calibration_participant\" (\"session_id\" varchar(36) NOT NULL, \"inspector_id\" varchar(36) NOT NULL, \"submitted_at\" datetime(3), PRIMARY KEY (\"session_id\", \"inspector_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_calibration_participant_inspector\" ON \"calibration_participant\" (\"inspector_id\", \"session_id\") ");
    await queryRunner.query("CREATE TABLE \"calibration_score\" (\"session_id\" varchar(36) NOT NULL, \"inspector_id\" varchar(36) NOT NULL, \"dimension\" varchar(40) NOT NULL, \"score\" integer NOT NULL, PRIMARY KEY (\"session_id\", \"inspector_id\", \"dimension\"))");
    await queryRunner.query("CREATE TABLE \"calibration_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL DEFAULT (1), \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"subject_kind\" varchar(20) NOT NULL, \"subject_id\" varchar(36) NOT NULL, \"agent_id\" varchar(36) NOT NULL, \"template_id\" varchar(36) NOT NULL, \"template_version\" integer NOT NULL, \"topic\" varchar(500), \"status\" varchar(20) NOT NULL, \"tolerance_percent\" integer NOT NULL, \"opened_by_id\" varchar(36) NOT NULL, \"revealed_at\" datetime(3), \"agreed_at\" datetime(3), \"agreed_by_id\" varchar(36), \"agreed_scores\" varchar(2000), \"agreed_total\" decimal(5,1), \"agreement_note\" varchar(1000), \"cancelled_at\" datetime(3), \"cancel_reason\" varchar(500))");
    await queryRunner.query("CREATE INDEX \"idx_calibration_session_agent\" ON \"calibration_session\" (\"agent_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_calibration_session_subject\" ON \"calibration_session\" (\"subject_kind\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_calibration_session_status\" ON \"calibration_session\" (\"status\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_calibration_session_updated\" ON \"calibration_session\" (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_calibration_session_created\" ON \"calibration_session\" (\"created_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_calibration_session_created\"");
    await queryRunner.query("DROP INDEX \"idx_calibration_session_updated\"");
    await queryRunner.query("DROP INDEX \"idx_calibration_session_status\"");
    await queryRunner.query("DROP INDEX \"idx_calibration_session_subject\"");
    await queryRunner.query("DROP INDEX \"idx_calibration_session_agent\"");
    await queryRunner.query("DROP TABLE \"calibration_session\"");
    await queryRunner.query("DROP TABLE \"calibration_score\"");
    await queryRunner.query("DROP INDEX \"idx_calibration_participant_inspector\"");
    await queryRunner.query("DROP TABLE \"calibration_participant\"");
  }
}
