import { canAccess, type Role, scopeOf } from '@sanxin/domain';
import { canSeeAssessmentTable, isAssessed } from '../assessment/access';
import { canAssignCustomers, canSeeWorkload } from '../assignment/access';
import { canAccessAs } from '../providers/identity';
import { canApproveLeave, canApproveSwaps } from '../resources/scheduling/useSchedulingData';

/** A menu entry: a resource's list (label and icon from its <Resource>) or a page of its own. */
export type MenuEntry = { resource: string } | { page: string; label: string };

export interface MenuGroup {
  key: 'customers' | 'complaints' | 'scheduling' | 'quality' | 'reports' | 'administration';
  entries: MenuEntry[];
}

type Candidate = MenuEntry & { visible?: (role: Role) => boolean };

/** Shift leaders and managers: reassign, send back and cancel follow-ups, assign coverage gaps. */
const canLeadFollowUps = (role: Role) => canAccess(role, 'followUp', 'assign');

const resource = (name: string): Candidate => ({ resource: name, visible: (role) => canAccessAs({ id: '', role }, { resource: name, action: 'list' }) });
const page = (path: string, label: string, visible?: (role: Role) => boolean): Candidate => ({ page: path, label, visible });

/**
 * The menu by task: customers, complaints and follow-ups, scheduling, quality, reports,
 * administration (reference tables there too).
 */
const GROUPS: Array<{ key: MenuGroup['key']; entries: Candidate[] }> = [
  {
    key: 'customers',
    entries: [
      resource('customers'),
      page('/my-first-contacts', 'app.menu.myFirstContacts'),
      resource('contacts'),
      resource('interactions'),
      resource('contracts'),
      resource('partReplacements'),
      page('/assignment', 'app.menu.assignment', canAssignCustomers),
      page('/workload', 'app.menu.workload', canSeeWorkload),
      page('/imports', 'app.imports.title', (role) => canAccess(role, 'importJob', 'create')),
    ],
  },
  {
    key: 'complaints',
    entries: [
      page('/inbox', 'app.complaint.menu.inbox'),
      resource('complaints'),
      page('/complaints-overdue', 'app.complaint.menu.overdue'),
      page('/followUps', 'app.followUp.menu.queue', (role) => canAccess(role, 'followUp', 'list')),
      page('/follow-ups-attention', 'app.followUp.menu.attention', canLeadFollowUps),
      page('/follow-up-coverage', 'app.followUp.menu.coverage', canLeadFollowUps),
      resource('callLists'),
      resource('callScripts'),
      resource('notices'),
      resource('standardAnswers'),
      resource('caseStudies'),
    ],
  },
  {
    key: 'scheduling',
    entries: [
      page('/my-schedule', 'app.scheduling.menu.mySchedule'),
      page('/roster', 'app.scheduling.menu.roster'),
      page('/approvals', 'app.scheduling.menu.approvals', (role) => canApproveSwaps(role) || canApproveLeave(role)),
      resource('shiftSwapRequests'),
      resource('leaveRequests'),
      resource('handoverLogs'),
      page('/attendance-violations', 'app.attendance.menu.violations', (role) => canAccess(role, 'attendance', 'list')),
    ],
  },
  {
    key: 'quality',
    entries: [
      page('/quality/workspace', 'app.menu.qualityWorkspace', (role) => canAccess(role, 'qualityEvaluation', 'create')),
      // 我的质检 is for the evaluated: those who read only their own evaluations.
      page('/quality/mine', 'app.menu.myQuality', (role) => scopeOf(role, 'qualityEvaluation', 'list') === 'own'),
      resource('qualityEvaluations'),
      resource('calibrationSessions'),
      page('/quality-summary', 'app.menu.qualitySummary', (role) => canAccess(role, 'qualitySummary', 'list')),
      resource('trainingPlans'),
      page('/assessments', 'app.menu.assessments', canSeeAssessmentTable),
      page('/my-assessment', 'app.menu.myAssessment', isAssessed),
    ],
  },
  {
    key: 'reports',
    entries: [
      page('/reports/daily', 'app.reports.dailyTitle', (role) => canAccess(role, 'report', 'list')),
      page('/reports/weekly', 'app.reports.weeklyTitle', (role) => canAccess(role, 'report', 'list')),
      page('/reports/monthly', 'app.monthlyReport.title', (role) => canAccess(role, 'monthlyReport', 'list')),
      page('/analytics', 'app.analytics.title', (role) => canAccess(role, 'report', 'list')),
    ],
  },
  {
    key: 'administration',
    entries: [
      resource('staffMembers'),
      resource('teams'),
      page('/settings', 'app.menu.settings', (role) => canAccess(role, 'setting', 'edit')),
      resource('complaintCategories'),
      resource('shiftTypes'),
      resource('holidays'),
      resource('securityEvents'),
    ],
  },
];

/** The groups this role sees, each with only its visible entries; a group with none is left out. */
export function menuFor(role: Role): MenuGroup[] {
  return GROUPS.map(({ key, entries }) => ({
    key,
    entries: entries.filter((entry) => entry.visible?.(role) ?? true).map(({ visible: _visible, ...entry }) => entry as MenuEntry),
  })).filter((group) => group.entries.length > 0);
}
