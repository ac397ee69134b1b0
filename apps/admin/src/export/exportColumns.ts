/**
 * The columns each list exports: `[key, path]`, the path a field path below the list's item (the
 * key's own field when absent). The header is `<zh-CN label> <key>` (the label the list shows,
 * `resources.<list>.fields.<key>`), which the importer reads by either part. Customers and
 * complaints keep the headers their first exports wrote (imports round-trip them), so they name
 * their titles. Written out rather than read from each DataTable: cells there are components
 * (chips, badges, reference fields) and a phone shows cards; a unit test checks every path against
 * the committed schema and every key's label.
 */
export type ExportColumnSpec = readonly [key: string, path?: string, title?: string];

export const EXPORT_COLUMNS: Record<string, readonly ExportColumnSpec[]> = {
  customers: [
    ['id', 'id', '编号 id'],
    ['name', 'name', '名称 name'],
    ['kind', 'kind', '类型 kind'],
    ['company', 'company', '公司 company'],
    ['phone', 'phone', '电话 phone'],
    ['email', 'email', '邮箱 email'],
    ['address', 'address', '地址 address'],
    ['tier', 'tier', '分级 tier'],
    ['lifecycle', 'lifecycle', '状态 lifecycle'],
    ['industry', 'industry', '行业 industry'],
    ['tags', 'tags', '标签 tags'],
    ['owner', 'owner.name', '负责人 owner'],
    ['updatedAt', 'updatedAt', '更新时间 updatedAt'],
  ],
  complaints: [
    ['number', 'number', '投诉编号 number'],
    ['customer', 'customer.name', '客户 customer'],
    ['category', 'category.nameZh', '类别 category'],
    ['status', 'status', '状态 status'],
    ['severity', 'severity', '严重程度 severity'],
    ['owner', 'owner.name', '负责人 owner'],
    ['receivedAt', 'receivedAt', '受理时间 receivedAt'],
    ['dueAt', 'dueAt', '办结时限 dueAt'],
    ['priority'],
    ['urgeCount'],
    ['description'],
  ],
  contracts: [
    ['number'],
    ['title'],
    ['customer', 'customer.name'],
    ['owner', 'owner.name'],
    ['startDate'],
    ['endDate'],
    ['daysToEnd'],
    ['amount'],
    ['status'],
  ],
  contacts: [['name'], ['customer', 'customer.name'], ['position'], ['phone'], ['email'], ['isPrimary']],
  interactions: [['occurredAt'], ['customer', 'customer.name'], ['channel'], ['direction'], ['summary'], ['outcome'], ['staff', 'staff.name']],
  partReplacements: [['customer', 'customer.name'], ['contract', 'contract.number'], ['partName'], ['quantity'], ['unitPrice'], ['totalPrice', 'total'], ['department'], ['status'], ['updatedAt']],
  staffMembers: [['username'], ['name'], ['role'], ['jobType'], ['skillLevel'], ['team', 'team.name'], ['active']],
  teams: [['name'], ['createdAt']],
  complaintCategories: [['code'], ['nameZh'], ['nameEn'], ['dueHours'], ['sortOrder'], ['active']],
  callScripts: [['name'], ['callType'], ['revision'], ['active'], ['updatedAt']],
  callLists: [['name'], ['callScript', 'callScript.name'], ['status'], ['customerCount'], ['createdAt']],
  notices: [['title'], ['kind'], ['status'], ['pinned'], ['publishedAt'], ['readAt']],
  calibrationSessions: [['topic'], ['subjectKind'], ['status'], ['submittedCount'], ['agreedTotal'], ['createdAt']],
  standardAnswers: [['topic'], ['question'], ['answer'], ['revision']],
  caseStudies: [['title'], ['category', 'category.nameZh'], ['severity'], ['channel'], ['complaintNumber'], ['author', 'author.name'], ['updatedAt']],
  qualityEvaluations: [['agent', 'agent.name'], ['subjectKind'], ['month'], ['status'], ['total'], ['createdAt']],
  securityEvents: [['at'], ['kind'], ['outcome'], ['username'], ['staff', 'staff.name'], ['ip'], ['subject', 'subject.name'], ['detail']],
  trainingPlans: [['topic'], ['dimension'], ['plannedOn'], ['status']],
  holidays: [['date'], ['name'], ['kind']],
  handoverLogs: [['createdAt'], ['outgoingLeader', 'outgoingLeader.name'], ['equipmentStatus'], ['staffingChanges'], ['notes'], ['acknowledgedAt']],
  leaveRequests: [['staff', 'staff.name'], ['type'], ['startsAt'], ['endsAt'], ['status'], ['awaitingRole'], ['reason'], ['late'], ['certificateDueOn'], ['decisionNote']],
  shiftSwapRequests: [['requester', 'requester.name'], ['counterpart', 'counterpart.name'], ['status'], ['reason'], ['counterpartNote'], ['decisionNote'], ['createdAt']],
};
