/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A public holiday or a make-up working day (调休上班) */
export type CalendarDayKind =
  | 'HOLIDAY'
  | 'MAKEUP_WORKDAY';

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters, not containing the username, not a common password */
  newPassword: string;
};

export type HolidayFilter = {
  /** From this date (YYYY-MM-DD), inclusive */
  dateFrom: string | null | undefined;
  /** Up to this date, inclusive */
  dateTo: string | null | undefined;
  ids: Array<string> | null | undefined;
  kind: CalendarDayKind | null | undefined;
  year: number | null | undefined;
};

/** Job type of a staff member */
export type JobType =
  | 'BACK_OFFICE'
  | 'FIELD'
  | 'ONLINE'
  | 'PHONE';

/** A step of a leave request (acceptLate: 逾期申请已认可) */
export type LeaveAction =
  | 'acceptLate'
  | 'approve'
  | 'cancel'
  | 'edit'
  | 'reject'
  | 'submitCertificate';

export type LeaveRequestFilter = {
  /** Pending requests that wait for the viewer’s decision (the approval inbox): their role is next in the chain, or a late request a department manager has to accept; never their own */
  awaitingMe: boolean | null | undefined;
  /** true: requests whose medical certificate is past its due date and still missing (certificateMissing); false: the others */
  certificateMissing: boolean | null | undefined;
  ids: Array<string> | null | undefined;
  /** Requests made after their notice deadline */
  late: boolean | null | undefined;
  staffId: string | null | undefined;
  status: Array<LeaveStatus> | null | undefined;
};

/** Where a leave request stands */
export type LeaveStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

/** 请假类型 */
export type LeaveType =
  | 'ANNUAL'
  | 'BEREAVEMENT'
  | 'COMPENSATORY'
  | 'MARRIAGE'
  | 'MATERNITY'
  | 'PATERNITY'
  | 'PERSONAL'
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
  offset: number | null | undefined;
};

/** 岗位 */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'CENTER_DIRECTOR'
  | 'DEPT_MANAGER'
  | 'QA_INSPECTOR'
  | 'SHIFT_LEADER';

/** A team month is drafted, then published */
export type RosterStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** How a setting reads: MINUTE_OF_DAY is minutes after local midnight (shown as HH:MM) */
export type SettingUnit =
  | 'CHOICE'
  | 'COUNT'
  | 'DAYS'
  | 'FLAG'
  | 'HOURS'
  | 'LEVEL'
  | 'MEGABYTES'
  | 'MINUTES'
  | 'MINUTE_OF_DAY'
  | 'MONTH'
  | 'PERCENT';

/** Which days a shift type runs on */
export type ShiftDays =
  | 'EVERY_DAY'
  | 'REST_DAYS'
  | 'WORKING_DAYS';

export type ShiftFilter = {
  /** From this date (YYYY-MM-DD), inclusive */
  dateFrom: string | null | undefined;
  /** Up to this date, inclusive */
  dateTo: string | null | undefined;
  ids: Array<string> | null | undefined;
  /** Drafts are visible to leaders and managers only */
  rosterStatus: RosterStatus | null | undefined;
  shiftTypeId: string | null | undefined;
  /** Shifts this person works ("my schedule") */
  staffId: string | null | undefined;
  teamId: string | null | undefined;
};

/** 白班, 夜班, 节假日值班 */
export type ShiftKind =
  | 'DAY'
  | 'HOLIDAY_DUTY'
  | 'NIGHT';

export type ShiftSort = {
  direction: SortDirection;
  field: ShiftSortField;
};

/** Fields Shift lists can be sorted by */
export type ShiftSortField =
  | 'DATE'
  | 'STARTS_AT';

export type ShiftSwapRequestFilter = {
  /** Pending swaps with a side the viewer leads and has not approved yet, and is no party to (the approval inbox) */
  awaitingMe: boolean | null | undefined;
  ids: Array<string> | null | undefined;
  /** Requester or counterpart */
  staffId: string | null | undefined;
  status: Array<SwapStatus> | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StaffFilter = {
  active: boolean | null | undefined;
  ids: Array<string> | null | undefined;
  /** Name or username */
  q: string | null | undefined;
  role: Role | null | undefined;
  teamId: string | null | undefined;
};

/** Where a shift swap request stands */
export type SwapStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
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

export type SwapFieldsFragment = { id: string, version: number, requesterId: string, counterpartId: string, requesterShiftId: string, counterpartShiftId: string, requesterLeaderId: string | null, counterpartLeaderId: string | null, status: SwapStatus, reason: string, decisionNote: string | null, createdAt: string, availableActions: Array<string>, requester: { id: string, name: string } | null, counterpart: { id: string, name: string } | null };

export type SchedulingSwapsQueryVariables = Exact<{
  filter: ShiftSwapRequestFilter | null | undefined;
}>;


export type SchedulingSwapsQuery = { shiftSwapRequests: { items: Array<{ id: string, version: number, requesterId: string, counterpartId: string, requesterShiftId: string, counterpartShiftId: string, requesterLeaderId: string | null, counterpartLeaderId: string | null, status: SwapStatus, reason: string, decisionNote: string | null, createdAt: string, availableActions: Array<string>, requester: { id: string, name: string } | null, counterpart: { id: string, name: string } | null }> } };

export type LeaveFieldsFragment = { id: string, version: number, staffId: string, type: LeaveType, startsAt: string, endsAt: string, status: LeaveStatus, awaitingRole: Role | null, reason: string | null, emergency: boolean, exceptional: boolean, certificateRef: string | null, createdAt: string, requestedById: string | null, late: boolean, lateRules: Array<string> | null, lateAcceptedById: string | null, certificateDueOn: string | null, certificateMissing: boolean, nextActions: Array<LeaveAction>, staff: { id: string, name: string } | null, requestedBy: { id: string, name: string } | null };

export type SchedulingLeaveQueryVariables = Exact<{
  filter: LeaveRequestFilter | null | undefined;
}>;


export type SchedulingLeaveQuery = { leaveRequests: { items: Array<{ id: string, version: number, staffId: string, type: LeaveType, startsAt: string, endsAt: string, status: LeaveStatus, awaitingRole: Role | null, reason: string | null, emergency: boolean, exceptional: boolean, certificateRef: string | null, createdAt: string, requestedById: string | null, late: boolean, lateRules: Array<string> | null, lateAcceptedById: string | null, certificateDueOn: string | null, certificateMissing: boolean, nextActions: Array<LeaveAction>, staff: { id: string, name: string } | null, requestedBy: { id: string, name: string } | null }> } };

export type SettingFieldsFragment = { key: string, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: string, updatedAt: string };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: Array<{ key: string, value: number, version: number }> };

export type SettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPageQuery = { settings: Array<{ key: string, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: string, updatedAt: string }> };

export type UpdateSettingMutationVariables = Exact<{
  key: string;
  version: number;
  value: number;
}>;


export type UpdateSettingMutation = { updateSetting: { key: string, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: string, updatedAt: string } };

export type AgentWorkloadsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentWorkloadsQuery = { agentWorkloads: Array<{ customerCount: number, awaitingFirstContact: number, overdueFirstContacts: number, agent: { id: string, name: string, jobType: JobType | null, skillLevel: number } }> };
