import { domainMessagesEn } from '@sanxin/domain';
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { accountMessagesEn } from '../account/messages.en';
import { assessmentMessagesEn } from '../assessment/messages.en';
import { assignmentMessagesEn } from '../assignment/messages.en';
import { attachmentMessagesEn } from '../attachments/messages.en';
import { attendanceMessagesEn } from '../attendance/messages.en';
import { monthlyReportMessagesEn } from '../reports/monthly/messages.en';
import { importMessagesEn } from '../imports/messages.en';
import { auditMessagesEn } from '../audit/messages.en';
import { dashboardMessagesEn } from '../dashboard/messages.en';
import { exportMessagesEn } from '../export/messages.en';
import { formMessagesEn } from '../forms/messages.en';
import { layoutMessagesEn } from '../layout/messages.en';
import { qualityMessagesEn } from '../quality/messages.en';
import { qualitySummaryMessagesEn } from '../qualitySummary/messages.en';
import { reportMessagesEn } from '../reports/messages.en';
import { calibrationMessagesEn } from '../resources/calibrationSessions/messages.en';
import { callListMessagesEn } from '../resources/callLists/messages.en';
import { callScriptMessagesEn } from '../resources/callScripts/messages.en';
import { caseStudyMessagesEn } from '../resources/caseStudies/messages.en';
import { complaintMessagesEn } from '../resources/complaints/messages.en';
import { contactMessagesEn } from '../resources/contacts/messages.en';
import { contractMessagesEn } from '../resources/contracts/messages.en';
import { customerAssignmentMessagesEn } from '../resources/customerAssignments/messages.en';
import { customerMessagesEn } from '../resources/customers/messages.en';
import { followUpMessagesEn } from '../resources/followUps/messages.en';
import { holidayMessagesEn } from '../resources/holidays/messages.en';
import { interactionMessagesEn } from '../resources/interactions/messages.en';
import { noticeMessagesEn } from '../resources/notices/messages.en';
import { partReplacementMessagesEn } from '../resources/partReplacements/messages.en';
import { pendingChangeMessagesEn } from '../resources/pendingChanges/messages.en';
import { schedulingMessagesEn } from '../resources/scheduling/messages.en';
import { securityEventMessagesEn } from '../resources/securityEvents/messages.en';
import { staffMessagesEn } from '../resources/staffMembers/messages.en';
import { standardAnswerMessagesEn } from '../resources/standardAnswers/messages.en';
import { teamMessagesEn } from '../resources/teams/messages.en';
import { trainingPlanMessagesEn } from '../resources/trainingPlans/messages.en';
import { settingsMessagesEn } from '../settings/messages.en';
import { workloadMessagesEn } from '../workload/messages.en';
import { tableDownloadMessagesEn } from '../tableDownload/messages.en';
import { analyticsMessagesEn } from '../analytics/messages.en';
import { deepMerge } from './deepMerge';
import type { MessageTree } from './folderMessages';

/**
 * The console in English: a chunk of its own, loaded when someone switches from zh-CN (the default), so
 * the first screen carries one language. Each folder's `messages.en.ts` has its `messages.ts` keys.
 */
const reactAdminGapsEn = { ra: { page: { show: '%{name} %{recordRepresentation}', edit: 'Edit %{name} %{recordRepresentation}', create: 'Create %{name}' } } };

const FOLDERS_EN: MessageTree[] = [
  reactAdminGapsEn,
  accountMessagesEn,
  assessmentMessagesEn,
  assignmentMessagesEn,
  attachmentMessagesEn,
  attendanceMessagesEn,
  monthlyReportMessagesEn,
  importMessagesEn,
  auditMessagesEn,
  dashboardMessagesEn,
  exportMessagesEn,
  formMessagesEn,
  layoutMessagesEn,
  qualityMessagesEn,
  qualitySummaryMessagesEn,
  reportMessagesEn,
  calibrationMessagesEn,
  callListMessagesEn,
  callScriptMessagesEn,
  caseStudyMessagesEn,
  complaintMessagesEn,
  contactMessagesEn,
  contractMessagesEn,
  customerAssignmentMessagesEn,
  customerMessagesEn,
  followUpMessagesEn,
  holidayMessagesEn,
  interactionMessagesEn,
  noticeMessagesEn,
  partReplacementMessagesEn,
  pendingChangeMessagesEn,
  schedulingMessagesEn,
  securityEventMessagesEn,
  staffMessagesEn,
  standardAnswerMessagesEn,
  teamMessagesEn,
  trainingPlanMessagesEn,
  settingsMessagesEn,
  workloadMessagesEn,
  tableDownloadMessagesEn,
  analyticsMessagesEn,
  { sanxin: domainMessagesEn },
];

export const enMessages = deepMerge<TranslationMessages>(englishMessages as unknown as Record<string, unknown>, ...(FOLDERS_EN as Record<string, unknown>[]));
