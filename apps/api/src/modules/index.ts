import 'reflect-metadata';
import type { ApiModule } from '../shared/api-module';
import { assignmentModule } from './assignment/assignment.module';
import { attachmentModule } from './attachment/attachment.module';
import { attendanceModule } from './attendance/attendance.module';
import { auditModule } from './audit/audit.module';
import { authModule } from './auth/auth.module';
import { calendarModule } from './calendar/calendar.module';
import { callListModule } from './call-list/call-list.module';
import { noticeModule } from './notice/notice.module';
import { callScriptModule } from './call-script/call-script.module';
import { complaintModule } from './complaint/complaint.module';
import { contactModule } from './contact/contact.module';
import { contractModule } from './contract/contract.module';
import { customerModule } from './customer/customer.module';
import { customerMergeModule } from './customer-merge/customer-merge.module';
import { followUpModule } from './follow-up/follow-up.module';
import { errorCatalogModule } from './error-catalog/error-catalog.module';
import { exportModule } from './export/export.module';
import { idempotencyModule } from './idempotency/idempotency.module';
import { interactionModule } from './interaction/interaction.module';
import { partReplacementModule } from './part-replacement/part-replacement.module';
import { reviewModule } from './review/review.module';
import { pushModule } from './push/push.module';
import { qualityModule } from './quality/quality.module';
import { qualitySummaryModule } from './quality-summary/quality-summary.module';
import { assessmentModule } from './assessment/assessment.module';
import { calibrationModule } from './calibration/calibration.module';
import { reportModule } from './report/report.module';
import { monthlyReportModule } from './monthly-report/monthly-report.module';
import { analyticsModule } from './analytics/analytics.module';
import { importModule } from './import/import.module';
import { schedulingModule } from './scheduling/scheduling.module';
import { securityModule } from './security/security.module';
import { settingModule } from './setting/setting.module';
import { staffModule } from './staff/staff.module';
import { teamModule } from './team/team.module';

/**
 * Every module of the API, the one place that knows them all. The composition root hands this
 * list to the schema builder, the data source's entity list, the loader factory and the job starter.
 */
export const modules: readonly ApiModule[] = [
  authModule,
  teamModule,
  staffModule,
  customerModule,
  contactModule,
  interactionModule,
  auditModule,
  settingModule,
  errorCatalogModule,
  calendarModule,
  contractModule,
  partReplacementModule,
  assignmentModule,
  complaintModule,
  followUpModule,
  callScriptModule,
  callListModule,
  noticeModule,
  pushModule,
  schedulingModule,
  attendanceModule,
  customerMergeModule,
  securityModule,
  attachmentModule,
  idempotencyModule,
  reviewModule,
  qualityModule,
  qualitySummaryModule,
  assessmentModule,
  reportModule,
  calibrationModule,
  monthlyReportModule,
  analyticsModule,
  exportModule,
  importModule,
];
