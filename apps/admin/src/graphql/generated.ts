/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A public holiday or a make-up working day (调休上班) */
export type CalendarDayKind =
  /** Public holiday (法定节假日) */
  | 'HOLIDAY'
  /** Make-up working day (调休上班) */
  | 'MAKEUP_WORKDAY';

/** 外呼任务状态: DRAFT until launched into follow-ups */
export type CallListStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Launched (已下发) */
  | 'LAUNCHED';

/** The kind of call a script guides (通话类型) */
export type CallType =
  /** Complaint follow-up (投诉回访) */
  | 'COMPLAINT_FOLLOW_UP'
  /** First contact (首次联系) */
  | 'FIRST_CONTACT'
  /** Periodic care (定期关怀) */
  | 'PERIODIC_CARE'
  /** Service follow-up (服务回访) */
  | 'SERVICE_FOLLOW_UP'
  /** Verification call (核实电话) */
  | 'VERIFICATION';

/** The viewer's current and new password */
export type ChangePasswordInput = {
  /** The current password, to confirm it is the viewer */
  currentPassword: string;
  /** At least 10 characters, not containing the username, not a common password */
  newPassword: string;
};

/** Which calendar days a list returns: every field given must match */
export type HolidayFilter = {
  /** From this date (YYYY-MM-DD), inclusive */
  dateFrom: string | null | undefined;
  /** Up to this date, inclusive */
  dateTo: string | null | undefined;
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** Only these kinds (holidays, make-up working days) */
  kind: Array<CalendarDayKind> | null | undefined;
  /** Substring of the name (节假日名称) */
  q: string | null | undefined;
  /** Only days of this year */
  year: number | null | undefined;
};

/** Job type of a staff member (工种) */
export type JobType =
  /** Back office (后台) */
  | 'BACK_OFFICE'
  /** Field service (现场/售后) */
  | 'FIELD'
  /** Online (在线客服) */
  | 'ONLINE'
  /** Phone (电话客服) */
  | 'PHONE';

/** How a call list is launched */
export type LaunchCallListInput = {
  /** The first day of calls (YYYY-MM-DD, not before today); default today, or tomorrow once today’s calling hours are over */
  startDate: string | null | undefined;
};

/** A step of a leave request (acceptLate: 逾期申请已认可) */
export type LeaveAction =
  /** Accept late request (认可逾期申请) */
  | 'acceptLate'
  /** Approve (批准) */
  | 'approve'
  /** Withdraw (撤销) */
  | 'cancel'
  /** Edit (修改) */
  | 'edit'
  /** Reject (驳回) */
  | 'reject'
  /** Hand in certificate (提交病假证明) */
  | 'submitCertificate';

/** Which leave requests a list returns: every field given must match */
export type LeaveRequestFilter = {
  /** Pending requests that wait for the viewer’s decision (the approval inbox): their role is next in the chain, or a late request a department manager has to accept; never their own */
  awaitingMe: boolean | null | undefined;
  /** true: requests whose medical certificate is past its due date and still missing (certificateMissing); false: the others */
  certificateMissing: boolean | null | undefined;
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** Requests made after their notice deadline */
  late: boolean | null | undefined;
  /** true: the viewer's own leave */
  mine: boolean | null | undefined;
  /** Only this person's requests */
  staffId: string | null | undefined;
  /** Only requests in one of these statuses */
  status: Array<LeaveStatus> | null | undefined;
};

/** Where a leave request stands */
export type LeaveStatus =
  /** Approved (已批准) */
  | 'APPROVED'
  /** Cancelled (已撤销) */
  | 'CANCELLED'
  /** Pending (待审批) */
  | 'PENDING'
  /** Rejected (已驳回) */
  | 'REJECTED';

/** Kind of leave (请假类型) */
export type LeaveType =
  /** Annual leave (年假) */
  | 'ANNUAL'
  /** Bereavement leave (丧假) */
  | 'BEREAVEMENT'
  /** Time off in lieu (调休) */
  | 'COMPENSATORY'
  /** Marriage leave (婚假) */
  | 'MARRIAGE'
  /** Maternity leave (产假) */
  | 'MATERNITY'
  /** Paternity leave (陪产假) */
  | 'PATERNITY'
  /** Personal leave (事假) */
  | 'PERSONAL'
  /** Sick leave (病假) */
  | 'SICK';

/** offset paging, or keyset paging with `after` (an endCursor: the next page) or `before` (a startCursor: the previous page). A cursor holds its sort: reused with another sort, with offset, or after and before together, it is refused (BAD_USER_INPUT invalidCursor) */
export type PageInput = {
  /** an endCursor: the items after it */
  after: string | null | undefined;
  /** a startCursor: the items before it */
  before: string | null | undefined;
  /** count `total` exactly however large the list (otherwise a list of more than 100,000 rows may answer an estimate: see totalIsEstimate) */
  exactTotal: boolean | null | undefined;
  /** default 25, at most 200 */
  limit: number | null | undefined;
  /** How many items to skip (offset paging); not with a cursor */
  offset: number | null | undefined;
};

/** Role (岗位): what a person may do */
export type Role =
  /** Administrator (系统管理员) */
  | 'ADMIN'
  /** Agent (业务代表) */
  | 'AGENT'
  /** Centre director (客服中心主任) */
  | 'CENTER_DIRECTOR'
  /** Department manager (客服部主任) */
  | 'DEPT_MANAGER'
  /** QA inspector (质检员) */
  | 'QA_INSPECTOR'
  /** Shift leader (班长) */
  | 'SHIFT_LEADER';

/** A team month is drafted, then published */
export type RosterStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Published (已发布) */
  | 'PUBLISHED';

/** Read on every call, or only after a satisfied / unsatisfied answer */
export type ScriptBranch =
  /** Every call (通用) */
  | 'ALL'
  /** Customer satisfied (客户满意) */
  | 'SATISFIED'
  /** Customer unsatisfied (客户不满意) */
  | 'UNSATISFIED';

/** A situation during a call with its own phrase (情景用语) */
export type ScriptSituation =
  /** Angry customer (客户情绪激动) */
  | 'ANGRY'
  /** The answer is not known yet (暂时无法答复) */
  | 'ANSWER_UNKNOWN'
  /** Asking the customer to wait (请客户稍等) */
  | 'ASKED_TO_WAIT'
  /** Asks for a manager (客户要求找领导) */
  | 'ASKS_MANAGER'
  /** Cannot satisfy the request (无法满足客户要求) */
  | 'CANNOT_SATISFY'
  /** No time: agree a time (客户没空：约定时间) */
  | 'NO_TIME'
  /** Another department must answer (需其他部门答复) */
  | 'OTHER_DEPARTMENT'
  /** Silent line: repeat twice, then call back (无声电话：重复两遍后再回电) */
  | 'SILENT_LINE';

/** A part of a call: greeting, identity check, question, close */
export type ScriptStepKind =
  /** Close (结束语) */
  | 'CLOSE'
  /** Greeting (问候) */
  | 'GREETING'
  /** Identity check (核实身份) */
  | 'IDENTITY_CHECK'
  /** Question (提问) */
  | 'QUESTION';

/** How a setting reads: MINUTE_OF_DAY is minutes after local midnight (shown as HH:MM) */
export type SettingUnit =
  /** choice (选项) */
  | 'CHOICE'
  /** times (次) */
  | 'COUNT'
  /** days (天) */
  | 'DAYS'
  /** day of the month (日) */
  | 'DAY_OF_MONTH'
  /** on/off (开关) */
  | 'FLAG'
  /** h (小时) */
  | 'HOURS'
  /** level (级) */
  | 'LEVEL'
  /** MB (MB（兆字节）) */
  | 'MEGABYTES'
  /** min (分钟) */
  | 'MINUTES'
  /** time (时刻) */
  | 'MINUTE_OF_DAY'
  /** month (月) */
  | 'MONTH'
  /** % (百分比) */
  | 'PERCENT';

/** Which days a shift type runs on */
export type ShiftDays =
  /** Every day (每天) */
  | 'EVERY_DAY'
  /** Rest days (weekends and public holidays) (休息日（周末与法定节假日）) */
  | 'REST_DAYS'
  /** Working days (incl. make-up working days) (工作日（含调休上班）) */
  | 'WORKING_DAYS';

/** Which shifts a list returns: every field given must match */
export type ShiftFilter = {
  /** From this date (YYYY-MM-DD), inclusive */
  dateFrom: string | null | undefined;
  /** Up to this date, inclusive */
  dateTo: string | null | undefined;
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** true: the shifts the viewer works (my schedule) */
  mine: boolean | null | undefined;
  /** Only shifts of months in these statuses; drafts are visible to leaders and managers only */
  rosterStatus: Array<RosterStatus> | null | undefined;
  /** Only shifts of this shift type */
  shiftTypeId: string | null | undefined;
  /** Shifts this person works ("my schedule") */
  staffId: string | null | undefined;
  /** Only this team's shifts */
  teamId: string | null | undefined;
};

/** Kind of shift (班次类型): 白班, 夜班, 节假日值班 */
export type ShiftKind =
  /** Day shift (白班) */
  | 'DAY'
  /** Holiday duty (节假日值班) */
  | 'HOLIDAY_DUTY'
  /** Night shift (夜班) */
  | 'NIGHT';

/** One sort key of a Shift list; later keys break ties of earlier ones, and the id breaks the last tie */
export type ShiftSort = {
  /** Ascending or descending */
  direction: SortDirection;
  /** The field to sort by */
  field: ShiftSortField;
};

/** Fields Shift lists can be sorted by */
export type ShiftSortField =
  /** By Shift.date */
  | 'DATE'
  /** By Shift.startsAt */
  | 'STARTS_AT';

/** Which swap requests a list returns: every field given must match */
export type ShiftSwapRequestFilter = {
  /** Swaps waiting for the viewer: their consent as the counterpart (PENDING_COUNTERPART), or their approval as the leader of a side not yet approved of a swap they are no party to (PENDING_LEADERS) */
  awaitingMe: boolean | null | undefined;
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** true: the swaps the viewer is in (requester or counterpart) */
  mine: boolean | null | undefined;
  /** Requester or counterpart */
  staffId: string | null | undefined;
  /** Only requests in one of these statuses */
  status: Array<SwapStatus> | null | undefined;
};

/** Order of a sort */
export type SortDirection =
  /** Ascending: smallest, earliest, A first */
  | 'ASC'
  /** Descending: largest, latest, Z first */
  | 'DESC';

/** Which staff a list returns: every field given must match */
export type StaffFilter = {
  /** Only active (true) or inactive (false) staff */
  active: boolean | null | undefined;
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** Name or username */
  q: string | null | undefined;
  /** Only these roles */
  role: Array<Role> | null | undefined;
  /** Only this team's members */
  teamId: string | null | undefined;
};

/** Where a shift swap request stands */
export type SwapStatus =
  /** Approved (已批准) */
  | 'APPROVED'
  /** Cancelled (已撤销) */
  | 'CANCELLED'
  /** Declined by colleague (对方已拒绝) */
  | 'DECLINED'
  /** Awaiting colleague (待对方同意) */
  | 'PENDING_COUNTERPART'
  /** Awaiting shift leaders (待班长审批) */
  | 'PENDING_LEADERS'
  /** Rejected (已驳回) */
  | 'REJECTED';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, username: string, mustChangePassword: boolean } };

export type AssignmentSuggestionsQueryVariables = Exact<{
  customerIds: Array<string> | string;
}>;


export type AssignmentSuggestionsQuery = { assignmentSuggestions: Array<{ customerId: string, agents: Array<{ projectedLoad: number, agent: { id: string, name: string }, reasons: Array<{ code: string, customers: number | null, skillLevel: number | null, required: number | null, jobType: string | null }> }> }> };

export type AttachmentFieldsFragment = { id: string, version: number, name: string, contentType: string, size: number, url: string, thumbnailUrl: string | null, createdAt: string, uploadedBy: { id: string, name: string } | null };

export type AuditEntriesQueryVariables = Exact<{
  entity: string;
  entityId: string;
}>;


export type AuditEntriesQuery = { auditEntries: Array<{ id: string, entity: string, entityId: string, action: string, field: string | null, oldValue: string | null, newValue: string | null, at: string, actor: { id: string, name: string } | null }> };

export type CsvExportFieldsFragment = { filename: string, csv: string, rowCount: number };

export type CallListProgressQueryVariables = Exact<{
  id: string;
}>;


export type CallListProgressQuery = { callList: { id: string, progress: { total: number, done: number, unreachable: number, open: number, cancelled: number, agents: Array<{ agentId: string, total: number, done: number, unreachable: number, open: number, cancelled: number, agent: { id: string, name: string } | null }> } } | null };

export type LaunchCallListMutationVariables = Exact<{
  id: string;
  version: number;
  input: LaunchCallListInput | null | undefined;
}>;


export type LaunchCallListMutation = { launchCallList: { id: string, version: number, status: CallListStatus, customerCount: number | null, startDate: string | null, launchedAt: string | null, callScriptRevision: number } };

export type CallScriptDetailQueryVariables = Exact<{
  id: string;
}>;


export type CallScriptDetailQuery = { callScript: { id: string, version: number, callType: CallType, name: string, active: boolean, revision: number, steps: Array<{ kind: ScriptStepKind, branch: ScriptBranch, text: string }>, phrases: Array<{ situation: ScriptSituation, text: string }>, revisions: Array<{ id: string, revision: number, name: string, createdAt: string, author: { id: string, name: string } | null, steps: Array<{ kind: ScriptStepKind, branch: ScriptBranch, text: string }>, phrases: Array<{ situation: ScriptSituation, text: string }> }> } | null };

export type StoredDayFieldsFragment = { id: string, version: number, date: string, kind: CalendarDayKind, name: string };

export type HolidayImportPreviewQueryVariables = Exact<{
  year: number;
}>;


export type HolidayImportPreviewQuery = { holidayImportPreview: { year: number, source: string, available: boolean, fingerprint: string, added: Array<{ date: string, kind: CalendarDayKind, name: string }>, changed: Array<{ day: { date: string, kind: CalendarDayKind, name: string }, current: { id: string, version: number, date: string, kind: CalendarDayKind, name: string } }>, unchanged: Array<{ id: string, version: number, date: string, kind: CalendarDayKind, name: string }>, kept: Array<{ id: string, version: number, date: string, kind: CalendarDayKind, name: string }> } };

export type ImportHolidaysMutationVariables = Exact<{
  year: number;
  fingerprint: string;
}>;


export type ImportHolidaysMutation = { importHolidays: { year: number, source: string, added: number, changed: number, unchanged: number } };

export type HolidayCalendarStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type HolidayCalendarStatusQuery = { holidayCalendarStatus: { missingYears: Array<number> } };

export type RosterShiftFieldsFragment = { id: string, date: string, startsAt: string, endsAt: string, shiftTypeId: string, teamId: string, team: { id: string, name: string } | null, roster: { id: string, month: string, status: RosterStatus, publishedAt: string | null } | null, assignments: Array<{ id: string, version: number, staffId: string, isLeaderOnDuty: boolean, swapRequestId: string | null, staff: { id: string, name: string, jobType: JobType | null, skillLevel: number, teamId: string | null } | null }>, coverage: Array<{ jobType: JobType, required: number, assigned: number, missing: number }> };

export type RosterShiftsQueryVariables = Exact<{
  filter: ShiftFilter | null | undefined;
  page: PageInput | null | undefined;
  sort: Array<ShiftSort> | ShiftSort | null | undefined;
}>;


export type RosterShiftsQuery = { shifts: { total: number, items: Array<{ id: string, date: string, startsAt: string, endsAt: string, shiftTypeId: string, teamId: string, team: { id: string, name: string } | null, roster: { id: string, month: string, status: RosterStatus, publishedAt: string | null } | null, assignments: Array<{ id: string, version: number, staffId: string, isLeaderOnDuty: boolean, swapRequestId: string | null, staff: { id: string, name: string, jobType: JobType | null, skillLevel: number, teamId: string | null } | null }>, coverage: Array<{ jobType: JobType, required: number, assigned: number, missing: number }> }> } };

export type SchedulingShiftTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulingShiftTypesQuery = { shiftTypes: { items: Array<{ id: string, version: number, name: string, kind: ShiftKind, days: ShiftDays, startMinute: number, endMinute: number, minHeadcount: Array<{ jobType: JobType, count: number }> }> } };

export type SchedulingHolidaysQueryVariables = Exact<{
  filter: HolidayFilter | null | undefined;
}>;


export type SchedulingHolidaysQuery = { holidays: { items: Array<{ id: string, date: string, kind: CalendarDayKind, name: string }> } };

export type RosteredTeamsQueryVariables = Exact<{
  month: string;
}>;


export type RosteredTeamsQuery = { rosters: { items: Array<{ teamId: string }> } };

export type SchedulingStaffQueryVariables = Exact<{
  filter: StaffFilter | null | undefined;
}>;


export type SchedulingStaffQuery = { staffMembers: { items: Array<{ id: string, name: string, role: Role, jobType: JobType | null, skillLevel: number, teamId: string | null }> } };

export type GenerateRosterMutationVariables = Exact<{
  teamId: string;
  month: string;
}>;


export type GenerateRosterMutation = { generateRoster: { missingHolidayYear: number | null, roster: { id: string, month: string, status: RosterStatus }, fairness: { shiftSpread: number, nightSpread: number, holidayDutySpread: number, hoursSpread: number, loads: Array<{ shifts: number, nights: number, holidayDuties: number, hours: number, staff: { id: string, name: string } }> }, unmet: Array<{ shiftId: string, date: string, jobType: JobType, required: number, assigned: number }>, shifts: Array<{ id: string, shiftTypeId: string }> } };

export type PublishRosterMutationVariables = Exact<{
  teamId: string;
  month: string;
  confirmMissingHolidays: boolean | null | undefined;
}>;


export type PublishRosterMutation = { publishRoster: { id: string, month: string, status: RosterStatus, publishedAt: string | null } };

export type RosterHoursQueryVariables = Exact<{
  teamId: string;
  month: string;
}>;


export type RosterHoursQuery = { rosterHours: Array<{ shifts: number, hours: number, standardHours: number, overtimeHours: number, maxHours: number | null, staff: { id: string, name: string }, warnings: Array<{ rule: string, from: string | null, to: string | null, daysOff: number | null, minDaysOff: number | null, hours: number | null, max: number | null }> }> };

export type YearHolidaysQueryVariables = Exact<{
  year: number;
}>;


export type YearHolidaysQuery = { holidays: { total: number } };

export type SwapFieldsFragment = { id: string, version: number, requesterId: string, counterpartId: string, requesterShiftId: string, counterpartShiftId: string, requesterLeaderId: string | null, counterpartLeaderId: string | null, status: SwapStatus, reason: string, counterpartNote: string | null, decisionNote: string | null, createdAt: string, availableActions: Array<string>, requester: { id: string, name: string } | null, counterpart: { id: string, name: string } | null };

export type SchedulingSwapsQueryVariables = Exact<{
  filter: ShiftSwapRequestFilter | null | undefined;
}>;


export type SchedulingSwapsQuery = { shiftSwapRequests: { items: Array<{ id: string, version: number, requesterId: string, counterpartId: string, requesterShiftId: string, counterpartShiftId: string, requesterLeaderId: string | null, counterpartLeaderId: string | null, status: SwapStatus, reason: string, counterpartNote: string | null, decisionNote: string | null, createdAt: string, availableActions: Array<string>, requester: { id: string, name: string } | null, counterpart: { id: string, name: string } | null }> } };

export type LeaveFieldsFragment = { id: string, version: number, staffId: string, type: LeaveType, startsAt: string, endsAt: string, status: LeaveStatus, awaitingRole: Role | null, reason: string | null, emergency: boolean, exceptional: boolean, certificateRef: string | null, createdAt: string, requestedById: string | null, late: boolean, lateRules: Array<string> | null, lateAcceptedById: string | null, certificateDueOn: string | null, certificateMissing: boolean, nextActions: Array<LeaveAction>, staff: { id: string, name: string } | null, requestedBy: { id: string, name: string } | null };

export type SchedulingLeaveQueryVariables = Exact<{
  filter: LeaveRequestFilter | null | undefined;
}>;


export type SchedulingLeaveQuery = { leaveRequests: { items: Array<{ id: string, version: number, staffId: string, type: LeaveType, startsAt: string, endsAt: string, status: LeaveStatus, awaitingRole: Role | null, reason: string | null, emergency: boolean, exceptional: boolean, certificateRef: string | null, createdAt: string, requestedById: string | null, late: boolean, lateRules: Array<string> | null, lateAcceptedById: string | null, certificateDueOn: string | null, certificateMissing: boolean, nextActions: Array<LeaveAction>, staff: { id: string, name: string } | null, requestedBy: { id: string, name: string } | null }> } };

export type SettingFieldsFragment = { key: string, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: string, choices: Array<string> | null, updatedAt: string };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: Array<{ key: string, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: string, choices: Array<string> | null, updatedAt: string }> };

export type UpdateSettingMutationVariables = Exact<{
  key: string;
  version: number;
  value: number;
}>;


export type UpdateSettingMutation = { updateSetting: { key: string, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: string, choices: Array<string> | null, updatedAt: string } };

export type AgentWorkloadsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentWorkloadsQuery = { agentWorkloads: Array<{ customerCount: number, awaitingFirstContact: number, overdueFirstContacts: number, agent: { id: string, name: string, jobType: JobType | null, skillLevel: number } }> };
