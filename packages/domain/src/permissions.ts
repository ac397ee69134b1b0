import type { Role } from './staff/staff.types';

export const RESOURCES = [
  'customer',
  'contact',
  'interaction',
  'staff',
  'auditEntry',
  'contract',
  'partReplacement',
  'setting',
  'complaint',
  'complaintCategory',
  'holiday',
  'shiftType',
  'shift',
  'shiftSwapRequest',
  'leaveRequest',
  'handoverLog',
  'attendance',
  'securityEvent',
  'followUp',
  'callScript',
  'callList',
  'pendingChange',
  'qualityEvaluation',
  'scorecardTemplate',
  'qualitySummary',
  'trainingPlan',
  'monthlyAssessment',
  'report',
  'notice',
  'noticeReceipt',
  'standardAnswer',
  'caseStudy',
  'calibrationSession',
  'monthlyReport',
  'importJob',
] as const;
export type Resource = (typeof RESOURCES)[number];

/** `assign`: choose who owns a record (分配); `approve`: decide a request or proposal (审批); `merge`: fold a duplicate into another (合并). */
export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export', 'assign', 'approve', 'merge'] as const;
export type Action = (typeof ACTIONS)[number];

/** 'all': any record; 'own': records the person owns (or is working on). */
export type Scope = 'all' | 'own';

type Grants = Partial<Record<Role, Scope>>;

const EVERYONE: Grants = {
  AGENT: 'all',
  SHIFT_LEADER: 'all',
  QA_INSPECTOR: 'all',
  DEPT_MANAGER: 'all',
  CENTER_DIRECTOR: 'all',
  ADMIN: 'all',
};
const SUPERVISORS: Grants = { SHIFT_LEADER: 'all', DEPT_MANAGER: 'all', CENTER_DIRECTOR: 'all' };
const MANAGERS: Grants = { DEPT_MANAGER: 'all', CENTER_DIRECTOR: 'all' };
/** Everyone who works shifts: they request swaps and leave for themselves. */
const ROSTERED: Grants = { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'own', DEPT_MANAGER: 'own', CENTER_DIRECTOR: 'own' };
/** 请假 is personal (medical reasons): the person sees their own, a shift leader their team's, the approvers everyone's (see leave.access.ts). */
const LEAVE_READERS: Grants = { ...ROSTERED, SHIFT_LEADER: 'own', ...MANAGERS };
/** 考勤 is personal too: the person's own, a shift leader's team, the managers everyone's. */
const ATTENDANCE: Grants = { ...ROSTERED, ...MANAGERS };
/** Who publishes notices (公告): notice/notice.machine.ts reads it through `mayPublishNotices`. */
const NOTICE_PUBLISHERS: Grants = { ...MANAGERS, ADMIN: 'all' };
const CONFIGURATION: Partial<Record<Action, Grants>> = {
  list: EVERYONE,
  show: EVERYONE,
  create: { ADMIN: 'all' },
  edit: { ADMIN: 'all' },
  delete: { ADMIN: 'all' },
};

/**
 * The one role × resource × action matrix (职责权限). The API's auth checker and the console's
 * canAccess both read it; nothing else decides who may do what.
 */
const MATRIX: Record<Resource, Partial<Record<Action, Grants>>> = {
  customer: {
    list: EVERYONE,
    show: EVERYONE,
    create: { AGENT: 'all', ...SUPERVISORS },
    edit: { AGENT: 'own', ...SUPERVISORS },
    delete: MANAGERS,
    export: SUPERVISORS,
    assign: MANAGERS,
    // 重复客户合并: the department manager, who keeps the records accurate, and the administrator.
    merge: { DEPT_MANAGER: 'all', ADMIN: 'all' },
  },
  contact: {
    list: EVERYONE,
    show: EVERYONE,
    create: { AGENT: 'own', ...SUPERVISORS },
    edit: { AGENT: 'own', ...SUPERVISORS },
    delete: { AGENT: 'own', ...SUPERVISORS },
  },
  interaction: {
    list: EVERYONE,
    show: EVERYONE,
    create: { AGENT: 'all', ...SUPERVISORS },
    edit: { AGENT: 'own', ...SUPERVISORS },
    delete: MANAGERS,
  },
  staff: {
    list: EVERYONE,
    show: EVERYONE,
    create: { ADMIN: 'all' },
    edit: { ADMIN: 'all' },
    delete: { ADMIN: 'all' },
  },
  auditEntry: { list: EVERYONE },
  contract: {
    list: EVERYONE,
    show: EVERYONE,
    create: { AGENT: 'all', ...SUPERVISORS },
    edit: { AGENT: 'own', ...SUPERVISORS },
    delete: MANAGERS,
    export: SUPERVISORS,
    // 专人落实: the department manager designates contract owners (and the administrator, for corrections).
    assign: { DEPT_MANAGER: 'all', ADMIN: 'all' },
  },
  partReplacement: {
    list: EVERYONE,
    show: EVERYONE,
    create: { AGENT: 'all', ...SUPERVISORS },
    edit: { AGENT: 'own', ...SUPERVISORS },
    delete: MANAGERS,
  },
  setting: { list: EVERYONE, show: EVERYONE, edit: { ADMIN: 'all' } },
  // 首问负责: the agent who received a complaint works it; the manager or above approves resolutions.
  complaint: {
    list: EVERYONE,
    show: EVERYONE,
    create: { AGENT: 'all', ...SUPERVISORS },
    edit: { AGENT: 'own', ...SUPERVISORS },
    export: SUPERVISORS,
    // 转交: a shift leader or a manager hands a complaint to another handler (reassignComplaint).
    assign: SUPERVISORS,
    // The settings complaint.approver.* narrow this to the roles an administrator chose.
    approve: MANAGERS,
  },
  complaintCategory: CONFIGURATION,
  holiday: CONFIGURATION,
  shiftType: CONFIGURATION,
  // Rosters are drafted and published by shift leaders for their team, and by managers; `approve`:
  // an administrator's explicit confirmation to publish a month of a year without public holidays on file.
  shift: {
    list: EVERYONE,
    show: EVERYONE,
    create: { SHIFT_LEADER: 'own', DEPT_MANAGER: 'all' },
    edit: { SHIFT_LEADER: 'own', DEPT_MANAGER: 'all' },
    delete: { SHIFT_LEADER: 'own', DEPT_MANAGER: 'all' },
    approve: { ADMIN: 'all' },
  },
  // 换班: requested by the people swapping, approved by both shift leaders.
  shiftSwapRequest: { list: EVERYONE, show: EVERYONE, create: ROSTERED, edit: ROSTERED, approve: { SHIFT_LEADER: 'all' } },
  // 请假: one day or less is the department manager's to approve, longer the centre director's (a rule decides which).
  leaveRequest: { list: LEAVE_READERS, show: LEAVE_READERS, create: ROSTERED, edit: ROSTERED, approve: MANAGERS },
  // 考勤: everyone rostered checks in and out of their own shifts ('own'); a shift leader also for the
  // team they lead ('own' read as the team, see attendance.access.ts) and approves (a check-out before
  // the next shift arrives, an absence from the post); the managers see and act for all.
  attendance: { list: ATTENDANCE, show: ATTENDANCE, create: ATTENDANCE, edit: ATTENDANCE, approve: { SHIFT_LEADER: 'own', ...MANAGERS } },
  // 交接班: written by the outgoing shift's leader ('own': the shift they lead), acknowledged by the incoming one.
  // 安全日志: sign-ins, locks, password and role changes, exports; administrators only.
  securityEvent: { list: { ADMIN: 'all' }, show: { ADMIN: 'all' } },
  // 回访: an agent sees and works the follow-ups assigned to them, a shift leader their team's; QA
  // samples them; the manager and director see all. Anyone who may edit a customer may ask for one.
  followUp: {
    list: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS },
    show: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS },
    create: { AGENT: 'own', ...SUPERVISORS },
    edit: { AGENT: 'own', SHIFT_LEADER: 'own', ...MANAGERS },
    assign: { SHIFT_LEADER: 'own', ...MANAGERS },
    delete: MANAGERS,
  },
  // 标准服务用语: every agent reads them; the managers write them.
  callScript: { list: EVERYONE, show: EVERYONE, create: MANAGERS, edit: MANAGERS, delete: MANAGERS },
  // 外呼任务: the managers create call lists; leaders follow their progress.
  callList: { list: SUPERVISORS, show: SUPERVISORS, create: MANAGERS, edit: MANAGERS, delete: MANAGERS },
  // 复核: anyone who edits records sees the changes they submitted and withdraws them; QA follows the
  // error rates; the supervisors are the second person who approves or rejects (never their own, a rule).
  pendingChange: {
    list: { AGENT: 'own', QA_INSPECTOR: 'all', ...SUPERVISORS },
    show: { AGENT: 'own', QA_INSPECTOR: 'all', ...SUPERVISORS },
    edit: { AGENT: 'own', SHIFT_LEADER: 'own', DEPT_MANAGER: 'own', CENTER_DIRECTOR: 'own' },
    approve: SUPERVISORS,
  },
  // 公告: everyone reads them; the manager and the director publish policy and offers, the administrator system notices.
  notice: { list: EVERYONE, show: EVERYONE, create: NOTICE_PUBLISHERS, edit: NOTICE_PUBLISHERS },
  // 签收情况: who has read a notice and who not yet; the leaders chase the missing ones at roll call.
  noticeReceipt: { list: { ...SUPERVISORS, ADMIN: 'all' } },
  // 统一答复口径: agreed by the managers (an agreement is theirs to make), read by everyone.
  standardAnswer: { list: EVERYONE, show: EVERYONE, create: MANAGERS, edit: MANAGERS, delete: MANAGERS },
  // 案例库: written up from closed complaints by the leaders and managers who handled their escalations; read by everyone.
  caseStudy: { list: EVERYONE, show: EVERYONE, create: SUPERVISORS, edit: SUPERVISORS, delete: MANAGERS },
  handoverLog: { list: EVERYONE, show: EVERYONE, create: { SHIFT_LEADER: 'own' }, edit: { SHIFT_LEADER: 'own', DEPT_MANAGER: 'all' } },
  // 质检评分: an agent (and a leader, as the evaluated person) sees their own; QA and the managers all.
  // `edit` covers the steps, which the evaluation machine narrows (the agent acknowledges or disputes,
  // the inspector submits); `approve`: a manager upholds or revises a disputed one.
  qualityEvaluation: {
    list: { ...ROSTERED, QA_INSPECTOR: 'all', ...MANAGERS },
    show: { ...ROSTERED, QA_INSPECTOR: 'all', ...MANAGERS },
    create: { QA_INSPECTOR: 'all', ...MANAGERS },
    edit: { ...ROSTERED, QA_INSPECTOR: 'all', ...MANAGERS },
    approve: MANAGERS,
  },
  // 质检评分表: everyone reads the scorecard they are scored on; managers and administrators edit it.
  scorecardTemplate: { list: EVERYONE, show: EVERYONE, create: { ADMIN: 'all', ...MANAGERS }, edit: { ADMIN: 'all', ...MANAGERS } },
  // 质检汇总: QA and the managers see everyone's, a shift leader their team's; agents read their own evaluations instead.
  qualitySummary: { list: { SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS } },
  // 培训计划: planned by QA, leaders and managers from a summary; an agent sees the plans they are in ('own').
  trainingPlan: {
    list: { AGENT: 'own', SHIFT_LEADER: 'all', QA_INSPECTOR: 'all', ...MANAGERS },
    show: { AGENT: 'own', SHIFT_LEADER: 'all', QA_INSPECTOR: 'all', ...MANAGERS },
    create: { SHIFT_LEADER: 'all', QA_INSPECTOR: 'all', ...MANAGERS },
    edit: { SHIFT_LEADER: 'all', QA_INSPECTOR: 'all', ...MANAGERS },
  },
  // 月考核: QA computes the month (confirmed ones stay as they are); only a manager confirms (认定) or adjusts;
  // an agent sees their own, a shift leader their team's.
  monthlyAssessment: {
    list: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS },
    show: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS },
    create: { QA_INSPECTOR: 'all', ...MANAGERS },
    approve: MANAGERS,
  },
  // 质检校准: managers open, reveal, agree and cancel sessions and see them all; an invited inspector
  // ('own': the sessions they are invited to) sees theirs and scores once; agents and leaders never see one.
  calibrationSession: {
    list: { QA_INSPECTOR: 'own', ...MANAGERS },
    show: { QA_INSPECTOR: 'own', ...MANAGERS },
    create: MANAGERS,
    edit: { QA_INSPECTOR: 'own', ...MANAGERS },
    approve: MANAGERS,
  },
  // 日报 / 周报: an agent sees their own figures, a shift leader their team's, QA and the managers any team or the department.
  report: { list: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS } },
  // 月服务报告: read like the daily report (an agent their own workload row, a leader their team's); leaders
  // generate, write and submit their team's ('own'), the managers any; only the managers sign (approve).
  // The PDF and the workbook are downloads of what `show` reads, so they ask for `show`.
  monthlyReport: {
    list: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS },
    show: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'all', ...MANAGERS },
    create: { SHIFT_LEADER: 'own', ...MANAGERS },
    edit: { SHIFT_LEADER: 'own', ...MANAGERS },
    approve: MANAGERS,
  },
  // 批量导入: a bulk change of the records, like an export a supervisor's; the import also needs the right
  // to create what it imports (customer:create, contract:create). `edit` runs and cancels a job.
  importJob: { list: SUPERVISORS, show: SUPERVISORS, create: SUPERVISORS, edit: SUPERVISORS },
};

/** Who sees PII (phone, address, email) and contract amounts unmasked (保密): owners, and the roles responsible for everyone. */
const PII: Partial<Record<Resource, Grants>> = {
  customer: { AGENT: 'own', ...SUPERVISORS },
  contact: { AGENT: 'own', ...SUPERVISORS },
  staff: { AGENT: 'own', SHIFT_LEADER: 'own', QA_INSPECTOR: 'own', ADMIN: 'all', ...MANAGERS },
  contract: { AGENT: 'own', ...SUPERVISORS },
};

export const PII_FIELDS: Partial<Record<Resource, readonly string[]>> = {
  customer: ['phone', 'address', 'email'],
  contact: ['phone', 'email'],
  staff: ['phone'],
  contract: ['amount'],
};

export function scopeOf(role: Role, resource: Resource, action: Action): Scope | false {
  return MATRIX[resource][action]?.[role] ?? false;
}

export interface AccessContext {
  /** Whether the person owns the record; unknown (undefined) means "some record". */
  isOwner?: boolean;
}

export function canAccess(role: Role, resource: Resource, action: Action, context: AccessContext = {}): boolean {
  return scopeAllows(scopeOf(role, resource, action), context);
}

export function canSeePii(role: Role, resource: Resource, context: AccessContext = {}): boolean {
  return scopeAllows(PII[resource]?.[role] ?? false, context);
}

function scopeAllows(scope: Scope | false, { isOwner }: AccessContext): boolean {
  if (scope === 'all') return true;
  if (scope === 'own') return isOwner !== false;
  return false;
}
