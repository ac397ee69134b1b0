import type { Resource as DomainResource } from '@sanxin/domain';

export interface ResourceSpec {
  /** GraphQL object type (contract: Staff ↔ staffMembers). */
  type: string;
  /** Single-record query; the list query is the react-admin resource name itself. */
  one: string;
  /** Row of the domain permission matrix that governs it. */
  domain: DomainResource;
}

/** The react-admin resource names are the contract's list queries. */
export const RESOURCES = {
  customers: { type: 'Customer', one: 'customer', domain: 'customer' },
  contacts: { type: 'Contact', one: 'contact', domain: 'contact' },
  interactions: { type: 'Interaction', one: 'interaction', domain: 'interaction' },
  staffMembers: { type: 'Staff', one: 'staffMember', domain: 'staff' },
  // Teams are part of staff administration: everyone reads them, only ADMIN changes them.
  teams: { type: 'Team', one: 'team', domain: 'staff' },
  // Read-only history of who was given which customer (分配记录); written by assignCustomers/autoAssign.
  customerAssignments: { type: 'CustomerAssignment', one: 'customerAssignment', domain: 'customer' },
  contracts: { type: 'Contract', one: 'contract', domain: 'contract' },
  partReplacements: { type: 'PartReplacement', one: 'partReplacement', domain: 'partReplacement' },
  // 排班: shift templates and holidays are configuration (ADMIN); requests are made by the people rostered.
  shiftTypes: { type: 'ShiftType', one: 'shiftType', domain: 'shiftType' },
  holidays: { type: 'Holiday', one: 'holiday', domain: 'holiday' },
  shifts: { type: 'Shift', one: 'shift', domain: 'shift' },
  shiftSwapRequests: { type: 'ShiftSwapRequest', one: 'shiftSwapRequest', domain: 'shiftSwapRequest' },
  leaveRequests: { type: 'LeaveRequest', one: 'leaveRequest', domain: 'leaveRequest' },
  handoverLogs: { type: 'HandoverLog', one: 'handoverLog', domain: 'handoverLog' },
  complaints: { type: 'Complaint', one: 'complaint', domain: 'complaint' },
  // 回访: the list is the work queue (我的回访); steps run on the call screen.
  followUps: { type: 'FollowUp', one: 'followUp', domain: 'followUp' },
  // 投诉类别: configuration (ADMIN edits), read by everyone for the registration form and filters.
  complaintCategories: { type: 'ComplaintCategory', one: 'complaintCategory', domain: 'complaintCategory' },
  // 标准服务用语: everyone reads (the call screen), managers edit; every edit of the text is a new revision.
  callScripts: { type: 'CallScript', one: 'callScript', domain: 'callScript' },
  // 外呼任务: leaders and managers read the progress, managers draft and launch.
  callLists: { type: 'CallList', one: 'callList', domain: 'callList' },
  // 复核: held changes of sensitive fields; supervisors decide them, agents see their own.
  pendingChanges: { type: 'PendingChange', one: 'pendingChange', domain: 'pendingChange' },
  // 公告: everyone reads and signs for them; managers, the director and the administrator publish.
  notices: { type: 'Notice', one: 'notice', domain: 'notice' },
  // 统一答复口径: everyone reads, managers agree the wording.
  standardAnswers: { type: 'StandardAnswer', one: 'standardAnswer', domain: 'standardAnswer' },
  // 案例库: closed complaints written up by leaders and managers, read by everyone.
  caseStudies: { type: 'CaseStudy', one: 'caseStudy', domain: 'caseStudy' },
  // 质检校准: managers open and settle sessions, invited inspectors score them blind; agents never see one.
  calibrationSessions: { type: 'CalibrationSession', one: 'calibrationSession', domain: 'calibrationSession' },
  // 质检评分: inspectors score records, agents acknowledge or dispute their own, managers decide disputes.
  qualityEvaluations: { type: 'QualityEvaluation', one: 'qualityEvaluation', domain: 'qualityEvaluation' },
  // 安全日志: read-only, administrators only.
  securityEvents: { type: 'SecurityEvent', one: 'securityEvent', domain: 'securityEvent' },
  // 培训计划: QA, leaders and managers plan from a 质检汇总; agents see the plans they are in.
  trainingPlans: { type: 'TrainingPlan', one: 'trainingPlan', domain: 'trainingPlan' },
} as const satisfies Record<string, ResourceSpec>;

export type ResourceName = keyof typeof RESOURCES;

export function resourceSpec(resource: string): ResourceSpec {
  const spec = (RESOURCES as Record<string, ResourceSpec>)[resource];
  if (!spec) throw new Error(`Unknown resource "${resource}"`);
  return spec;
}

export function resourceOfType(typeName: string): ResourceName | undefined {
  return (Object.keys(RESOURCES) as ResourceName[]).find((name) => RESOURCES[name].type === typeName);
}
