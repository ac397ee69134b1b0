import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, canAccess, canSeePii, PII_FIELDS, RESOURCES, type Resource, scopeOf } from './permissions';
import { ROLES, type Role } from './staff/staff.types';

type Expected = 'all' | 'own' | false;

/**
 * The expected matrix, written out by hand from DOMAIN.md §1-2 (职责权限). A row lists, for one
 * resource and action, what each role gets, in ROLES order:
 * AGENT, SHIFT_LEADER, QA_INSPECTOR, DEPT_MANAGER, CENTER_DIRECTOR, ADMIN.
 */
const EXPECTED: [Resource, Action, Expected[]][] = [
  ['customer', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['customer', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['customer', 'create', ['all', 'all', false, 'all', 'all', false]],
  ['customer', 'edit', ['own', 'all', false, 'all', 'all', false]],
  ['customer', 'delete', [false, false, false, 'all', 'all', false]],
  ['customer', 'export', [false, 'all', false, 'all', 'all', false]],
  ['customer', 'assign', [false, false, false, 'all', 'all', false]],
  ['contact', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['contact', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['contact', 'create', ['own', 'all', false, 'all', 'all', false]],
  ['contact', 'edit', ['own', 'all', false, 'all', 'all', false]],
  ['contact', 'delete', ['own', 'all', false, 'all', 'all', false]],
  ['contact', 'export', [false, false, false, false, false, false]],
  ['contact', 'assign', [false, false, false, false, false, false]],
  ['interaction', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['interaction', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['interaction', 'create', ['all', 'all', false, 'all', 'all', false]],
  ['interaction', 'edit', ['own', 'all', false, 'all', 'all', false]],
  ['interaction', 'delete', [false, false, false, 'all', 'all', false]],
  ['interaction', 'export', [false, false, false, false, false, false]],
  ['interaction', 'assign', [false, false, false, false, false, false]],
  ['staff', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['staff', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['staff', 'create', [false, false, false, false, false, 'all']],
  ['staff', 'edit', [false, false, false, false, false, 'all']],
  ['staff', 'delete', [false, false, false, false, false, 'all']],
  ['staff', 'export', [false, false, false, false, false, false]],
  ['staff', 'assign', [false, false, false, false, false, false]],
  ['auditEntry', 'show', [false, false, false, false, false, false]],
  ['auditEntry', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['auditEntry', 'create', [false, false, false, false, false, false]],
  ['auditEntry', 'edit', [false, false, false, false, false, false]],
  ['auditEntry', 'delete', [false, false, false, false, false, false]],
  ['auditEntry', 'export', [false, false, false, false, false, false]],
  ['auditEntry', 'assign', [false, false, false, false, false, false]],
  ['contract', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['contract', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['contract', 'create', ['all', 'all', false, 'all', 'all', false]],
  ['contract', 'edit', ['own', 'all', false, 'all', 'all', false]],
  ['contract', 'delete', [false, false, false, 'all', 'all', false]],
  ['contract', 'export', [false, 'all', false, 'all', 'all', false]],
  ['contract', 'assign', [false, false, false, 'all', false, 'all']],
  ['partReplacement', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['partReplacement', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['partReplacement', 'create', ['all', 'all', false, 'all', 'all', false]],
  ['partReplacement', 'edit', ['own', 'all', false, 'all', 'all', false]],
  ['partReplacement', 'delete', [false, false, false, 'all', 'all', false]],
  ['partReplacement', 'export', [false, false, false, false, false, false]],
  ['partReplacement', 'assign', [false, false, false, false, false, false]],
  ['setting', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['setting', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['setting', 'create', [false, false, false, false, false, false]],
  ['setting', 'edit', [false, false, false, false, false, 'all']],
  ['setting', 'delete', [false, false, false, false, false, false]],
  ['setting', 'export', [false, false, false, false, false, false]],
  ['setting', 'assign', [false, false, false, false, false, false]],
  ['customer', 'approve', [false, false, false, false, false, false]],
  ['contact', 'approve', [false, false, false, false, false, false]],
  ['interaction', 'approve', [false, false, false, false, false, false]],
  ['staff', 'approve', [false, false, false, false, false, false]],
  ['auditEntry', 'approve', [false, false, false, false, false, false]],
  ['contract', 'approve', [false, false, false, false, false, false]],
  ['partReplacement', 'approve', [false, false, false, false, false, false]],
  ['setting', 'approve', [false, false, false, false, false, false]],
  ['complaint', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['complaint', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['complaint', 'create', ['all', 'all', false, 'all', 'all', false]],
  ['complaint', 'edit', ['own', 'all', false, 'all', 'all', false]],
  ['complaint', 'delete', [false, false, false, false, false, false]],
  ['complaint', 'export', [false, 'all', false, 'all', 'all', false]],
  ['complaint', 'assign', [false, 'all', false, 'all', 'all', false]],
  ['complaint', 'approve', [false, false, false, 'all', 'all', false]],
  ['complaintCategory', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['complaintCategory', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['complaintCategory', 'create', [false, false, false, false, false, 'all']],
  ['complaintCategory', 'edit', [false, false, false, false, false, 'all']],
  ['complaintCategory', 'delete', [false, false, false, false, false, 'all']],
  ['complaintCategory', 'export', [false, false, false, false, false, false]],
  ['complaintCategory', 'assign', [false, false, false, false, false, false]],
  ['complaintCategory', 'approve', [false, false, false, false, false, false]],
  ['holiday', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['holiday', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['holiday', 'create', [false, false, false, false, false, 'all']],
  ['holiday', 'edit', [false, false, false, false, false, 'all']],
  ['holiday', 'delete', [false, false, false, false, false, 'all']],
  ['holiday', 'export', [false, false, false, false, false, false]],
  ['holiday', 'assign', [false, false, false, false, false, false]],
  ['holiday', 'approve', [false, false, false, false, false, false]],
  ['shiftType', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['shiftType', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['shiftType', 'create', [false, false, false, false, false, 'all']],
  ['shiftType', 'edit', [false, false, false, false, false, 'all']],
  ['shiftType', 'delete', [false, false, false, false, false, 'all']],
  ['shiftType', 'export', [false, false, false, false, false, false]],
  ['shiftType', 'assign', [false, false, false, false, false, false]],
  ['shiftType', 'approve', [false, false, false, false, false, false]],
  ['shift', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['shift', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['shift', 'create', [false, 'own', false, 'all', false, false]],
  ['shift', 'edit', [false, 'own', false, 'all', false, false]],
  ['shift', 'delete', [false, 'own', false, 'all', false, false]],
  ['shift', 'export', [false, false, false, false, false, false]],
  ['shift', 'assign', [false, false, false, false, false, false]],
  ['shift', 'approve', [false, false, false, false, false, 'all']],
  ['shiftSwapRequest', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['shiftSwapRequest', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['shiftSwapRequest', 'create', ['own', 'own', 'own', 'own', 'own', false]],
  ['shiftSwapRequest', 'edit', ['own', 'own', 'own', 'own', 'own', false]],
  ['shiftSwapRequest', 'delete', [false, false, false, false, false, false]],
  ['shiftSwapRequest', 'export', [false, false, false, false, false, false]],
  ['shiftSwapRequest', 'assign', [false, false, false, false, false, false]],
  ['shiftSwapRequest', 'approve', [false, 'all', false, false, false, false]],
  ['leaveRequest', 'list', ['own', 'own', 'own', 'all', 'all', false]],
  ['leaveRequest', 'show', ['own', 'own', 'own', 'all', 'all', false]],
  ['leaveRequest', 'create', ['own', 'own', 'own', 'own', 'own', false]],
  ['leaveRequest', 'edit', ['own', 'own', 'own', 'own', 'own', false]],
  ['leaveRequest', 'delete', [false, false, false, false, false, false]],
  ['leaveRequest', 'export', [false, false, false, false, false, false]],
  ['leaveRequest', 'assign', [false, false, false, false, false, false]],
  ['leaveRequest', 'approve', [false, false, false, 'all', 'all', false]],
  // 考勤: own check-in and check-out; a leader's team (read as the team by attendance.access.ts); managers all
  ['attendance', 'list', ['own', 'own', 'own', 'all', 'all', false]],
  ['attendance', 'show', ['own', 'own', 'own', 'all', 'all', false]],
  ['attendance', 'create', ['own', 'own', 'own', 'all', 'all', false]],
  ['attendance', 'edit', ['own', 'own', 'own', 'all', 'all', false]],
  ['attendance', 'delete', [false, false, false, false, false, false]],
  ['attendance', 'export', [false, false, false, false, false, false]],
  ['attendance', 'assign', [false, false, false, false, false, false]],
  ['attendance', 'approve', [false, 'own', false, 'all', 'all', false]],
  ['handoverLog', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['handoverLog', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['handoverLog', 'create', [false, 'own', false, false, false, false]],
  ['handoverLog', 'edit', [false, 'own', false, 'all', false, false]],
  ['handoverLog', 'delete', [false, false, false, false, false, false]],
  ['handoverLog', 'export', [false, false, false, false, false, false]],
  ['handoverLog', 'assign', [false, false, false, false, false, false]],
  ['handoverLog', 'approve', [false, false, false, false, false, false]],
  ['securityEvent', 'list', [false, false, false, false, false, 'all']],
  ['securityEvent', 'show', [false, false, false, false, false, 'all']],
  ['securityEvent', 'create', [false, false, false, false, false, false]],
  ['securityEvent', 'edit', [false, false, false, false, false, false]],
  ['securityEvent', 'delete', [false, false, false, false, false, false]],
  ['securityEvent', 'export', [false, false, false, false, false, false]],
  ['securityEvent', 'assign', [false, false, false, false, false, false]],
  ['securityEvent', 'approve', [false, false, false, false, false, false]],
  ['followUp', 'list', ['own', 'own', 'all', 'all', 'all', false]],
  ['followUp', 'show', ['own', 'own', 'all', 'all', 'all', false]],
  ['followUp', 'create', ['own', 'all', false, 'all', 'all', false]],
  ['followUp', 'edit', ['own', 'own', false, 'all', 'all', false]],
  ['followUp', 'delete', [false, false, false, 'all', 'all', false]],
  ['followUp', 'export', [false, false, false, false, false, false]],
  ['followUp', 'assign', [false, 'own', false, 'all', 'all', false]],
  ['followUp', 'approve', [false, false, false, false, false, false]],
  ['callScript', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['callScript', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['callScript', 'create', [false, false, false, 'all', 'all', false]],
  ['callScript', 'edit', [false, false, false, 'all', 'all', false]],
  ['callScript', 'delete', [false, false, false, 'all', 'all', false]],
  ['callScript', 'export', [false, false, false, false, false, false]],
  ['callScript', 'assign', [false, false, false, false, false, false]],
  ['callScript', 'approve', [false, false, false, false, false, false]],
  ['callList', 'list', [false, 'all', false, 'all', 'all', false]],
  ['callList', 'show', [false, 'all', false, 'all', 'all', false]],
  ['callList', 'create', [false, false, false, 'all', 'all', false]],
  ['callList', 'edit', [false, false, false, 'all', 'all', false]],
  ['callList', 'delete', [false, false, false, 'all', 'all', false]],
  ['callList', 'export', [false, false, false, false, false, false]],
  ['callList', 'assign', [false, false, false, false, false, false]],
  ['callList', 'approve', [false, false, false, false, false, false]],
  ['pendingChange', 'list', ['own', 'all', 'all', 'all', 'all', false]],
  ['pendingChange', 'show', ['own', 'all', 'all', 'all', 'all', false]],
  ['pendingChange', 'create', [false, false, false, false, false, false]],
  ['pendingChange', 'edit', ['own', 'own', false, 'own', 'own', false]],
  ['pendingChange', 'delete', [false, false, false, false, false, false]],
  ['pendingChange', 'export', [false, false, false, false, false, false]],
  ['pendingChange', 'assign', [false, false, false, false, false, false]],
  ['pendingChange', 'approve', [false, 'all', false, 'all', 'all', false]],
  ['qualityEvaluation', 'list', ['own', 'own', 'all', 'all', 'all', false]],
  ['qualityEvaluation', 'show', ['own', 'own', 'all', 'all', 'all', false]],
  ['qualityEvaluation', 'create', [false, false, 'all', 'all', 'all', false]],
  ['qualityEvaluation', 'edit', ['own', 'own', 'all', 'all', 'all', false]],
  ['qualityEvaluation', 'delete', [false, false, false, false, false, false]],
  ['qualityEvaluation', 'export', [false, false, false, false, false, false]],
  ['qualityEvaluation', 'assign', [false, false, false, false, false, false]],
  ['qualityEvaluation', 'approve', [false, false, false, 'all', 'all', false]],
  ['scorecardTemplate', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['scorecardTemplate', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['scorecardTemplate', 'create', [false, false, false, 'all', 'all', 'all']],
  ['scorecardTemplate', 'edit', [false, false, false, 'all', 'all', 'all']],
  ['scorecardTemplate', 'delete', [false, false, false, false, false, false]],
  ['scorecardTemplate', 'export', [false, false, false, false, false, false]],
  ['scorecardTemplate', 'assign', [false, false, false, false, false, false]],
  ['scorecardTemplate', 'approve', [false, false, false, false, false, false]],
  ['qualitySummary', 'list', [false, 'own', 'all', 'all', 'all', false]],
  ['qualitySummary', 'show', [false, false, false, false, false, false]],
  ['qualitySummary', 'create', [false, false, false, false, false, false]],
  ['qualitySummary', 'edit', [false, false, false, false, false, false]],
  ['qualitySummary', 'delete', [false, false, false, false, false, false]],
  ['qualitySummary', 'export', [false, false, false, false, false, false]],
  ['qualitySummary', 'assign', [false, false, false, false, false, false]],
  ['qualitySummary', 'approve', [false, false, false, false, false, false]],
  ['trainingPlan', 'list', ['own', 'all', 'all', 'all', 'all', false]],
  ['trainingPlan', 'show', ['own', 'all', 'all', 'all', 'all', false]],
  ['trainingPlan', 'create', [false, 'all', 'all', 'all', 'all', false]],
  ['trainingPlan', 'edit', [false, 'all', 'all', 'all', 'all', false]],
  ['trainingPlan', 'delete', [false, false, false, false, false, false]],
  ['trainingPlan', 'export', [false, false, false, false, false, false]],
  ['trainingPlan', 'assign', [false, false, false, false, false, false]],
  ['trainingPlan', 'approve', [false, false, false, false, false, false]],
  ['monthlyAssessment', 'list', ['own', 'own', 'all', 'all', 'all', false]],
  ['monthlyAssessment', 'show', ['own', 'own', 'all', 'all', 'all', false]],
  ['monthlyAssessment', 'create', [false, false, 'all', 'all', 'all', false]],
  ['monthlyAssessment', 'edit', [false, false, false, false, false, false]],
  ['monthlyAssessment', 'delete', [false, false, false, false, false, false]],
  ['monthlyAssessment', 'export', [false, false, false, false, false, false]],
  ['monthlyAssessment', 'assign', [false, false, false, false, false, false]],
  ['monthlyAssessment', 'approve', [false, false, false, 'all', 'all', false]],
  ['notice', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['notice', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['notice', 'create', [false, false, false, 'all', 'all', 'all']],
  ['notice', 'edit', [false, false, false, 'all', 'all', 'all']],
  ['notice', 'delete', [false, false, false, false, false, false]],
  ['notice', 'export', [false, false, false, false, false, false]],
  ['notice', 'assign', [false, false, false, false, false, false]],
  ['notice', 'approve', [false, false, false, false, false, false]],
  ['noticeReceipt', 'list', [false, 'all', false, 'all', 'all', 'all']],
  ['noticeReceipt', 'show', [false, false, false, false, false, false]],
  ['noticeReceipt', 'create', [false, false, false, false, false, false]],
  ['noticeReceipt', 'edit', [false, false, false, false, false, false]],
  ['noticeReceipt', 'delete', [false, false, false, false, false, false]],
  ['noticeReceipt', 'export', [false, false, false, false, false, false]],
  ['noticeReceipt', 'assign', [false, false, false, false, false, false]],
  ['noticeReceipt', 'approve', [false, false, false, false, false, false]],
  ['standardAnswer', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['standardAnswer', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['standardAnswer', 'create', [false, false, false, 'all', 'all', false]],
  ['standardAnswer', 'edit', [false, false, false, 'all', 'all', false]],
  ['standardAnswer', 'delete', [false, false, false, 'all', 'all', false]],
  ['standardAnswer', 'export', [false, false, false, false, false, false]],
  ['standardAnswer', 'assign', [false, false, false, false, false, false]],
  ['standardAnswer', 'approve', [false, false, false, false, false, false]],
  ['caseStudy', 'list', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['caseStudy', 'show', ['all', 'all', 'all', 'all', 'all', 'all']],
  ['caseStudy', 'create', [false, 'all', false, 'all', 'all', false]],
  ['caseStudy', 'edit', [false, 'all', false, 'all', 'all', false]],
  ['caseStudy', 'delete', [false, false, false, 'all', 'all', false]],
  ['caseStudy', 'export', [false, false, false, false, false, false]],
  ['caseStudy', 'assign', [false, false, false, false, false, false]],
  ['caseStudy', 'approve', [false, false, false, false, false, false]],
  ['calibrationSession', 'list', [false, false, 'own', 'all', 'all', false]],
  ['calibrationSession', 'show', [false, false, 'own', 'all', 'all', false]],
  ['calibrationSession', 'create', [false, false, false, 'all', 'all', false]],
  ['calibrationSession', 'edit', [false, false, 'own', 'all', 'all', false]],
  ['calibrationSession', 'delete', [false, false, false, false, false, false]],
  ['calibrationSession', 'export', [false, false, false, false, false, false]],
  ['calibrationSession', 'assign', [false, false, false, false, false, false]],
  ['calibrationSession', 'approve', [false, false, false, 'all', 'all', false]],
  ['report', 'list', ['own', 'own', 'all', 'all', 'all', false]],
  ['report', 'show', [false, false, false, false, false, false]],
  ['report', 'create', [false, false, false, false, false, false]],
  ['report', 'edit', [false, false, false, false, false, false]],
  ['report', 'delete', [false, false, false, false, false, false]],
  ['report', 'export', [false, false, false, false, false, false]],
  ['report', 'assign', [false, false, false, false, false, false]],
  ['report', 'approve', [false, false, false, false, false, false]],
  ['monthlyReport', 'list', ['own', 'own', 'all', 'all', 'all', false]],
  ['monthlyReport', 'show', ['own', 'own', 'all', 'all', 'all', false]],
  ['monthlyReport', 'create', [false, 'own', false, 'all', 'all', false]],
  ['monthlyReport', 'edit', [false, 'own', false, 'all', 'all', false]],
  ['monthlyReport', 'delete', [false, false, false, false, false, false]],
  ['monthlyReport', 'export', [false, false, false, false, false, false]],
  ['monthlyReport', 'assign', [false, false, false, false, false, false]],
  ['monthlyReport', 'approve', [false, false, false, 'all', 'all', false]],
  ['importJob', 'list', [false, 'all', false, 'all', 'all', false]],
  ['importJob', 'show', [false, 'all', false, 'all', 'all', false]],
  ['importJob', 'create', [false, 'all', false, 'all', 'all', false]],
  ['importJob', 'edit', [false, 'all', false, 'all', 'all', false]],
  ['importJob', 'delete', [false, false, false, false, false, false]],
  ['importJob', 'export', [false, false, false, false, false, false]],
  ['importJob', 'assign', [false, false, false, false, false, false]],
  ['importJob', 'approve', [false, false, false, false, false, false]],
  ...RESOURCES.map((resource): [Resource, Action, Expected[]] => [
    resource,
    'merge',
    resource === 'customer' ? [false, false, false, 'all', false, 'all'] : [false, false, false, false, false, false],
  ]),
];

const CASES = EXPECTED.flatMap(([resource, action, scopes]) => ROLES.map((role, i) => ({ role, resource, action, expected: scopes[i]! })));

describe('the role × resource × action matrix', () => {
  it('is checked here for every resource × action, so a new grant cannot slip in unreviewed', () => {
    const listed = new Set(EXPECTED.map(([resource, action]) => `${resource}.${action}`));
    const all = RESOURCES.flatMap((resource) => ACTIONS.map((action) => `${resource}.${action}`));
    expect(all.filter((key) => !listed.has(key))).toEqual([]);
    expect(listed.size).toBe(EXPECTED.length);
  });

  it.each(CASES)('$role $action $resource: $expected', ({ role, resource, action, expected }) => {
    expect(scopeOf(role, resource, action)).toBe(expected);
    expect(canAccess(role, resource, action, { isOwner: true })).toBe(expected !== false);
    expect(canAccess(role, resource, action, { isOwner: false })).toBe(expected === 'all');
  });

  it('QA inspectors only read, but for requesting their own swaps and leave, their own attendance, scoring evaluations (质检) and the calibrations they are invited to (校准), planning training and computing (never confirming) assessments', () => {
    const writes = ACTIONS.filter((action) => action !== 'list' && action !== 'show');
    const ownRequests = new Set(['shiftSwapRequest.create', 'shiftSwapRequest.edit', 'leaveRequest.create', 'leaveRequest.edit', 'attendance.create', 'attendance.edit', 'calibrationSession.edit']);
    const qaWork = new Set(['qualityEvaluation.create', 'qualityEvaluation.edit', 'trainingPlan.create', 'trainingPlan.edit', 'monthlyAssessment.create']);
    for (const resource of RESOURCES) {
      for (const action of writes) {
        const expected = ownRequests.has(`${resource}.${action}`) ? 'own' : qaWork.has(`${resource}.${action}`) ? 'all' : false;
        expect(scopeOf('QA_INSPECTOR', resource, action), `${action} ${resource}`).toBe(expected);
      }
    }
  });

  it('nobody but a manager or director deletes, and nobody but supervisors exports', () => {
    for (const role of ROLES) {
      const manager = role === 'DEPT_MANAGER' || role === 'CENTER_DIRECTOR';
      expect(canAccess(role, 'customer', 'delete'), role).toBe(manager);
      expect(canAccess(role, 'customer', 'assign'), role).toBe(manager);
      expect(canAccess(role, 'customer', 'export'), role).toBe(manager || role === 'SHIFT_LEADER');
    }
  });
});

describe('canAccess and ownership', () => {
  it('grants an own-scoped action on records the agent owns, not on others', () => {
    expect(canAccess('AGENT', 'customer', 'edit', { isOwner: true })).toBe(true);
    expect(canAccess('AGENT', 'customer', 'edit', { isOwner: false })).toBe(false);
  });

  it('treats an unknown owner as "some record" (the console may offer the action)', () => {
    expect(canAccess('AGENT', 'customer', 'edit', {})).toBe(true);
    expect(canAccess('AGENT', 'customer', 'edit')).toBe(true);
    expect(canAccess('AGENT', 'customer', 'edit', { isOwner: undefined })).toBe(true);
  });

  it('does not let ownership grant an action the role does not have', () => {
    expect(canAccess('AGENT', 'customer', 'delete', { isOwner: true })).toBe(false);
    expect(canAccess('ADMIN', 'customer', 'edit', { isOwner: true })).toBe(false);
  });

  it('property: ownership never removes a right', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...RESOURCES), fc.constantFrom(...ACTIONS), (role, resource, action) => {
        if (canAccess(role, resource, action, { isOwner: false })) {
          expect(canAccess(role, resource, action, { isOwner: true })).toBe(true);
          expect(canAccess(role, resource, action, {})).toBe(true);
        }
      }),
    );
  });
});

describe('canSeePii (保密)', () => {
  it.each(['customer', 'contact'] as const)('an agent sees %s PII only on records they own', (resource) => {
    expect(canSeePii('AGENT', resource, { isOwner: true })).toBe(true);
    expect(canSeePii('AGENT', resource, { isOwner: false })).toBe(false);
  });

  it.each(['SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR'] as const)('%s sees every customer and contact', (role) => {
    expect(canSeePii(role, 'customer', { isOwner: false })).toBe(true);
    expect(canSeePii(role, 'contact', { isOwner: false })).toBe(true);
  });

  it.each(['QA_INSPECTOR', 'ADMIN'] as const)('%s never sees customer or contact PII, even as "owner"', (role) => {
    for (const isOwner of [true, false, undefined]) {
      expect(canSeePii(role, 'customer', { isOwner })).toBe(false);
      expect(canSeePii(role, 'contact', { isOwner })).toBe(false);
    }
  });

  it.each(ROLES)('%s sees their own staff phone', (role: Role) => {
    expect(canSeePii(role, 'staff', { isOwner: true })).toBe(true);
  });

  it("only the administrator and managers see other staff members' phones", () => {
    const seeOthers = ROLES.filter((role) => canSeePii(role, 'staff', { isOwner: false }));
    expect(seeOthers.sort()).toEqual(['ADMIN', 'CENTER_DIRECTOR', 'DEPT_MANAGER']);
  });

  it('no role sees PII of resources without PII fields', () => {
    for (const role of ROLES) {
      expect(canSeePii(role, 'interaction', { isOwner: true })).toBe(false);
      expect(canSeePii(role, 'auditEntry', { isOwner: true })).toBe(false);
    }
  });

  it('lists phone, address and email as customer PII', () => {
    expect([...(PII_FIELDS.customer ?? [])].sort()).toEqual(['address', 'email', 'phone']);
    expect(PII_FIELDS.staff).toContain('phone');
  });
});
