/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** 统计分析 filter: a period of business days (at most 24 months), and optionally a team, categories and severities */
export type AnalyticsFilter = {
  /** Complaint categories (at most 50); applies to the complaint and satisfaction figures, not to the workload */
  categoryIds: Array<string> | null | undefined;
  /** First business day of the period */
  from: string;
  /** Complaint severities; applies to the complaint and satisfaction figures, not to the workload */
  severities: Array<ComplaintSeverity> | null | undefined;
  /** A team; default: a leader’s own team, the department for the managers and QA; an agent always sees their own figures */
  teamId: string | null | undefined;
  /** Last business day of the period (included) */
  to: string;
};

/** Where a monthly assessment stands: computed (to confirm) or confirmed (final) */
export type AssessmentStatus =
  /** To confirm (待认定) */
  | 'COMPUTED'
  /** Confirmed (已认定) */
  | 'CONFIRMED';

/** 补回访: the coverage gaps of a period made into periodic-care follow-ups, spread evenly over the agents */
export type AssignFollowUpCoverageGapsInput = {
  /** Every gap of the period and team */
  all: boolean | null | undefined;
  /** Who calls, in turn (at most 50); a shift leader assigns members of their team only */
  assigneeIds: Array<string>;
  /** These gaps (at most 1,000); not with `all` */
  customerIds: Array<string> | null | undefined;
  /** The period: a month (2026-12) or a quarter (2026-Q4) */
  period: string;
  /** The team whose key customers (by their owner) are meant; a shift leader’s own team by default, the whole department for managers */
  teamId: string | null | undefined;
};

/** How a call attempt ended (通话结果) */
export type AttemptOutcome =
  /** Call back at an agreed time (约定时间再联系) */
  | 'APPOINTMENT'
  /** Busy (占线) */
  | 'BUSY'
  /** No answer (无人接听) */
  | 'NO_ANSWER'
  /** Reached (已接通) */
  | 'REACHED'
  /** Refused (客户拒绝回访) */
  | 'REFUSED'
  /** Silent line (无声电话) */
  | 'SILENT_LINE'
  /** Wrong number (号码错误) */
  | 'WRONG_NUMBER';

/** Which violations a list returns: every field given must match */
export type AttendanceViolationFilter = {
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** Only these kinds */
  kind: Array<AttendanceViolationKind> | null | undefined;
  /** true: the viewer's own */
  mine: boolean | null | undefined;
  /** Only this month's, 'YYYY-MM' */
  month: string | null | undefined;
  /** Only this person's */
  staffId: string | null | undefined;
  /** Only this team's */
  teamId: string | null | undefined;
};

/** 违纪类型: late, or away from the post */
export type AttendanceViolationKind =
  /** Away from post (脱岗) */
  | 'ABSENT_FROM_POST'
  /** Late (迟到) */
  | 'LATE';

/** What a change-history row records (变更记录) */
export type AuditAction =
  /** Archived (归档) */
  | 'ARCHIVE'
  /** Created (新建) */
  | 'CREATE'
  /** Exported (导出) */
  | 'EXPORT'
  /** Changed (修改) */
  | 'UPDATE';

/** The kind of record a change history is kept for */
export type AuditEntity =
  /** Attendance (考勤) */
  | 'ATTENDANCE'
  /** Change history (变更记录) */
  | 'AUDIT_ENTRY'
  /** QA calibration (质检校准) */
  | 'CALIBRATION_SESSION'
  /** Call list (外呼名单) */
  | 'CALL_LIST'
  /** Call script (话术) */
  | 'CALL_SCRIPT'
  /** Case library (案例库) */
  | 'CASE_STUDY'
  /** Complaint (投诉) */
  | 'COMPLAINT'
  /** Complaint category (投诉类别) */
  | 'COMPLAINT_CATEGORY'
  /** Contact (联系人) */
  | 'CONTACT'
  /** Service contract (服务合同) */
  | 'CONTRACT'
  /** Customer (客户) */
  | 'CUSTOMER'
  /** Follow-up (回访) */
  | 'FOLLOW_UP'
  /** Handover log (交接班记录) */
  | 'HANDOVER_LOG'
  /** Holiday (节假日) */
  | 'HOLIDAY'
  /** Import (批量导入) */
  | 'IMPORT_JOB'
  /** Interaction (服务记录) */
  | 'INTERACTION'
  /** Leave request (请假申请) */
  | 'LEAVE_REQUEST'
  /** Monthly assessment (月考核) */
  | 'MONTHLY_ASSESSMENT'
  /** Monthly service report (月服务报告) */
  | 'MONTHLY_REPORT'
  /** Notice (公告) */
  | 'NOTICE'
  /** Notice read receipts (公告签收) */
  | 'NOTICE_RECEIPT'
  /** Paid part replacement (有偿换件) */
  | 'PART_REPLACEMENT'
  /** Pending change (待复核变更) */
  | 'PENDING_CHANGE'
  /** Quality evaluation (质检评分) */
  | 'QUALITY_EVALUATION'
  /** QA summary (质检汇总) */
  | 'QUALITY_SUMMARY'
  /** Report (报表) */
  | 'REPORT'
  /** Scorecard (质检评分表) */
  | 'SCORECARD_TEMPLATE'
  /** Security event (安全日志) */
  | 'SECURITY_EVENT'
  /** Setting (系统设置) */
  | 'SETTING'
  /** Shift (班次) */
  | 'SHIFT'
  /** Shift swap (换班申请) */
  | 'SHIFT_SWAP_REQUEST'
  /** Shift type (班次类型) */
  | 'SHIFT_TYPE'
  /** Staff member (员工) */
  | 'STAFF'
  /** Standard answer (统一答复口径) */
  | 'STANDARD_ANSWER'
  /** Training plan (培训计划) */
  | 'TRAINING_PLAN';

/** A public holiday or a make-up working day (调休上班) */
export type CalendarDayKind =
  /** Public holiday (法定节假日) */
  | 'HOLIDAY'
  /** Make-up working day (调休上班) */
  | 'MAKEUP_WORKDAY';

/** A step of a calibration session: each value is one mutation */
export type CalibrationSessionAction =
  /** Record the agreed score per dimension: agreeCalibrationSession */
  | 'AGREE'
  /** Cancel the session: cancelCalibrationSession */
  | 'CANCEL'
  /** Reveal everyone’s scores: revealCalibrationSession */
  | 'REVEAL'
  /** Submit the viewer’s blind scores: submitCalibrationScores */
  | 'SUBMIT_SCORES';

/** Where a calibration session stands: blind scoring, revealed (in discussion), agreed or cancelled */
export type CalibrationStatus =
  /** Agreed (已达成一致) */
  | 'AGREED'
  /** Cancelled (已取消) */
  | 'CANCELLED'
  /** Blind scoring (背对背评分中) */
  | 'OPEN'
  /** Revealed, in discussion (已揭晓·讨论中) */
  | 'REVEALED';

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

/** 签到: the shift assignment checked in to; the time is the server’s clock */
export type CheckInInput = {
  /** The shift assignment (the person’s own; a shift leader’s team member’s; anyone’s for a manager) */
  shiftAssignmentId: string;
};

/** 签退: the time is the server’s clock */
export type CheckOutInput = {
  /** 放行: a shift leader of the team (or a manager) lets the person leave before anyone of the next shift has checked in, with this reason (audited); never for oneself */
  overrideReason: string | null | undefined;
};

/** Severity; with the category and customer tier it sets the time limit */
export type ComplaintSeverity =
  /** Critical (特别严重) */
  | 'CRITICAL'
  /** Serious (严重) */
  | 'HIGH'
  /** Minor (一般) */
  | 'LOW'
  /** Moderate (较重) */
  | 'MEDIUM';

/** A new evaluation (a draft): the record evaluated; the agent, channel and month come from it */
export type CreateQualityEvaluationInput = {
  /** Overall comment */
  comment: string | null | undefined;
  /** Critical items that happened */
  criticalFailures: Array<string> | null | undefined;
  /** Required when the agent already has the monthly maximum of evaluations */
  overQuotaReason: string | null | undefined;
  /** Scores so far (a draft may be incomplete) */
  scores: Array<DimensionScoreInput> | null | undefined;
  /** The record */
  subjectId: string;
  /** What kind of record */
  subjectKind: EvaluatedKind;
  /** The scorecard (default: the active one, at its current version) */
  templateId: string | null | undefined;
};

/** A session of a planned training plan, with its attendance and exam scores */
export type CreateTrainingSessionInput = {
  /** When it was held */
  heldOn: string;
  /** At most 1000 characters */
  note: string | null | undefined;
  /** The training plan (not archived) */
  planId: string;
  /** Attendance and exam score per agent of the plan */
  results: Array<TrainingResultInput>;
};

/** Company or individual (客户类型) */
export type CustomerKind =
  /** Company (企业客户) */
  | 'COMPANY'
  /** Individual (个人客户) */
  | 'INDIVIDUAL';

/** Customer tier (客户分级): A is a key customer */
export type CustomerTier =
  /** A key customer (A 重点客户) */
  | 'A'
  /** B regular (B 普通客户) */
  | 'B'
  /** C basic (C 一般客户) */
  | 'C';

/** The score of one dimension */
export type DimensionScoreInput = {
  /** Comment on this dimension */
  comment: string | null | undefined;
  /** The dimension code */
  dimension: string;
  /** A whole number from 0 to the dimension’s maxScore */
  score: number;
};

/** How far a complaint went up (升级): to the shift leader (班长), then the department manager (主任) */
export type EscalationLevel =
  /** Escalated to the department manager (已升级至主任) */
  | 'DEPT_MANAGER'
  /** Not escalated (未升级) */
  | 'NONE'
  /** Escalated to the shift leader (已升级至班长) */
  | 'SHIFT_LEADER';

/** What an evaluation is about (被评记录) */
export type EvaluatedKind =
  /** Complaint (投诉) */
  | 'COMPLAINT'
  /** Follow-up call (回访通话) */
  | 'FOLLOW_UP_ATTEMPT'
  /** Interaction (服务记录) */
  | 'INTERACTION';

/** Where a quality evaluation stands (质检评分状态) */
export type EvaluationStatus =
  /** Acknowledged (已确认) */
  | 'ACKNOWLEDGED'
  /** Disputed (申诉中) */
  | 'DISPUTED'
  /** Draft (草稿) */
  | 'DRAFT'
  /** Revised (已改分) */
  | 'REVISED'
  /** Submitted (已提交) */
  | 'SUBMITTED'
  /** Upheld (维持原评分) */
  | 'UPHELD';

/** One column of an export: a field of the list’s items and its header */
export type ExportColumnInput = {
  /** Path of fields below the list’s item, e.g. `amount`, `customer.name`, `owner.name` (to-one steps, then a scalar or enum) */
  field: string;
  /** Column header, by convention `<zh-CN label> <field>` (e.g. `名称 name`): imports read either part */
  title: string;
};

/** File format of a list export */
export type ExportFormat =
  /** CSV, UTF-8 with BOM (Excel opens Chinese text correctly) */
  | 'CSV'
  /** Excel workbook: numbers and dates as typed cells */
  | 'XLSX';

/** Which list to export, filtered and sorted as the console shows it, with which columns */
export type ExportListInput = {
  /** The columns, in order (1 to 60) */
  columns: Array<ExportColumnInput>;
  /** The list’s filter (its XFilter input) as JSON, e.g. {"status":["ACTIVE"]} */
  filter: string | null | undefined;
  /** CSV or XLSX */
  format: ExportFormat;
  /** The list query’s name, e.g. `contracts`: any root query answering an XPage that takes only filter, sort and page */
  list: string;
  /** The list’s sort; the list’s default sort when absent */
  sort: Array<ExportSortInput> | null | undefined;
};

/** One sort key of the exported list, as the list’s own XSort */
export type ExportSortInput = {
  /** Ascending or descending */
  direction: SortDirection;
  /** A value of the list’s XSortField enum, e.g. END_DATE */
  field: string;
};

/** A step of a follow-up: each value is one mutation */
export type FollowUpAction =
  /** Cancel (取消): cancelFollowUp */
  | 'CANCEL'
  /** Record the result (完成回访): completeFollowUp */
  | 'COMPLETE'
  /** Reassign (转派): reassignFollowUp */
  | 'REASSIGN'
  /** Log a call attempt (通话记录): recordFollowUpAttempt */
  | 'RECORD_ATTEMPT'
  /** Send an unreachable one back to be called again (重新回访): retryFollowUp */
  | 'RETRY';

/** Which follow-ups; an agent sees their own, a shift leader their team’s. Every field given must match */
export type FollowUpFilter = {
  /** Assigned to this staff member */
  assigneeId: string | null | undefined;
  /** Waiting for me: assigned to me and not finished; for a shift leader also the team’s unreachable ones and its serious results of the last followUp.dueDays days */
  awaitingMe: boolean | null | undefined;
  /** Done at or after (half-open range [completedAtFrom, completedAtTo)) */
  completedAtFrom: string | null | undefined;
  /** Done before */
  completedAtTo: string | null | undefined;
  /** Of this customer */
  customerId: string | null | undefined;
  /** Due at or after (half-open range [dueAtFrom, dueAtTo)) */
  dueAtFrom: string | null | undefined;
  /** Due before */
  dueAtTo: string | null | undefined;
  /**
   * Due at or after; read dueAtFrom
   * @deprecated Use `dueAtFrom`; removed after 2027-03-01
   */
  dueFrom: string | null | undefined;
  /**
   * Due before; read dueAtTo
   * @deprecated Use `dueAtTo`; removed after 2027-03-01
   */
  dueTo: string | null | undefined;
  /** These ids only */
  ids: Array<string> | null | undefined;
  /** Only those assigned to me (我的回访) */
  mine: boolean | null | undefined;
  /** Past due and not finished */
  overdue: boolean | null | undefined;
  /** The customer’s name, company, contact name or phone: a fragment, Chinese substrings match (as in customers(filter: { q })) */
  q: string | null | undefined;
  /** With any of these results */
  satisfaction: Array<Satisfaction> | null | undefined;
  /** Triggered by this record (a complaint …) */
  sourceId: string | null | undefined;
  /** In any of these statuses */
  status: Array<FollowUpStatus> | null | undefined;
  /** Created for any of these */
  trigger: Array<FollowUpTrigger> | null | undefined;
};

/** 回访状态: OPEN → IN_PROGRESS → DONE, UNREACHABLE or CANCELLED */
export type FollowUpStatus =
  /** Cancelled (已取消) */
  | 'CANCELLED'
  /** Done (已完成) */
  | 'DONE'
  /** In progress (回访中) */
  | 'IN_PROGRESS'
  /** To call (待回访) */
  | 'OPEN'
  /** Unreachable (无法联系) */
  | 'UNREACHABLE';

/** What the follow-up was created for (回访来源) */
export type FollowUpTrigger =
  /** First contact (首次联系) */
  | 'ASSIGNMENT'
  /** Call list (外呼任务) */
  | 'CALL_LIST'
  /** Complaint follow-up (投诉回访) */
  | 'COMPLAINT'
  /** Contract service follow-up (合同服务回访) */
  | 'CONTRACT'
  /** Manual (手工创建) */
  | 'MANUAL'
  /** Part replacement follow-up (换件回访) */
  | 'PART_REPLACEMENT'
  /** Periodic care (定期关怀) */
  | 'PERIODIC_CARE';

/** Which calendar days a list returns: every field given must match */
export type HolidayFilter = {
  /** From this date, inclusive */
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

/** An item of the home screen (首页待办) */
export type HomeItemKey =
  /** Active users (在用账号) */
  | 'ACTIVE_USERS'
  /** Workload (agents) (工作量（坐席人数）) */
  | 'AGENTS_IN_WORKLOAD'
  /** Proposals waiting for my approval (待我审批的处理方案) */
  | 'APPROVALS'
  /** Escalations awaiting my opinion (待我出具处理意见的升级) */
  | 'ESCALATIONS_AWAITING_OPINION'
  /** First contacts due (待首次联系的客户) */
  | 'FIRST_CONTACTS_DUE'
  /** Follow-ups due today (今日到期回访) */
  | 'FOLLOW_UPS_DUE_TODAY'
  /** Handovers to acknowledge (待确认的交接班) */
  | 'HANDOVERS_TO_ACKNOWLEDGE'
  /** Years without holidays on file (缺少节假日安排的年份) */
  | 'HOLIDAY_YEARS_MISSING'
  /** Key customers not yet followed up this month (本月重点客户未回访) */
  | 'KEY_CUSTOMER_COVERAGE_GAPS'
  /** Leave waiting for my approval (待我审批的请假) */
  | 'LEAVE_AWAITING_ME'
  /** My open complaints (我的在办投诉) */
  | 'MY_OPEN_COMPLAINTS'
  /** My overdue complaints (我的超时投诉) */
  | 'MY_OVERDUE_COMPLAINTS'
  /** My shifts this week (本周我的班次) */
  | 'MY_SHIFTS_THIS_WEEK'
  /** Urged complaints (被催办的投诉) */
  | 'MY_URGED_COMPLAINTS'
  /** Shifts on duty now (当前在岗班次) */
  | 'ON_DUTY_NOW'
  /** Overdue complaints (超时投诉) */
  | 'OVERDUE_COMPLAINTS'
  /** Agents below this month’s QA quota (本月抽检未达标的坐席) */
  | 'QA_AGENTS_UNDER_QUOTA'
  /** QA disputes awaiting a decision (待裁定的质检申诉) */
  | 'QA_DISPUTES'
  /** Settings (系统设置项) */
  | 'SETTINGS'
  /** Swaps waiting for me (待我处理的换班) */
  | 'SWAPS_AWAITING_ME'
  /** Complaints open over 24 h (超24小时未办结投诉) */
  | 'TEAM_LONG_OPEN_COMPLAINTS'
  /** Unread notices (未读公告) */
  | 'UNREAD_NOTICES';

/** The steps of an import job (runImport, cancelImport) */
export type ImportJobAction =
  /** Cancel import (取消导入) */
  | 'CANCEL'
  /** Import valid rows (导入有效行) */
  | 'RUN';

/** Where an import job stands */
export type ImportJobStatus =
  /** Cancelled (已取消) */
  | 'CANCELLED'
  /** Done (已完成) */
  | 'DONE'
  /** Dry run (已试导入) */
  | 'DRY_RUN'
  /** Failed (失败) */
  | 'FAILED'
  /** Importing (导入中) */
  | 'IMPORTING';

/** What an import file holds */
export type ImportKind =
  /** Contracts (合同) */
  | 'CONTRACTS'
  /** Customers (with contacts) (客户（含联系人）) */
  | 'CUSTOMERS';

/** What became of a row of an import file */
export type ImportRowStatus =
  /** Duplicate (重复) */
  | 'DUPLICATE'
  /** Imported (已导入) */
  | 'IMPORTED'
  /** Has errors (有错误) */
  | 'INVALID'
  /** Not imported (未导入) */
  | 'SKIPPED'
  /** Valid (有效) */
  | 'VALID';

/** Kind of interaction in the reports (咨询/查询/主动服务/投诉/回访): outbound records are proactive calls, inbound ones by outcome, follow-up calls are follow-up attempts */
export type InteractionKind =
  /** Complaint (投诉) */
  | 'COMPLAINT'
  /** Consultation (咨询) */
  | 'CONSULTATION'
  /** Follow-up (回访) */
  | 'FOLLOW_UP'
  /** Proactive call (主动服务) */
  | 'PROACTIVE_CALL'
  /** Query (查询) */
  | 'QUERY';

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
  /** The first day of calls (not before today); default today, or tomorrow once today’s calling hours are over */
  startDate: string | null | undefined;
};

/** A step of a leave request: each value is one mutation */
export type LeaveAction =
  /** Accept a late request (认可逾期申请): acceptLateLeaveRequest */
  | 'ACCEPT_LATE'
  /** Approve (批准): approveLeaveRequest */
  | 'APPROVE'
  /** Withdraw (撤销): deleteLeaveRequest */
  | 'DELETE'
  /** Reject (驳回): rejectLeaveRequest */
  | 'REJECT'
  /** Hand in the certificate (提交病假证明): submitLeaveCertificate */
  | 'SUBMIT_CERTIFICATE'
  /** Edit (修改): updateLeaveRequest */
  | 'UPDATE';

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

/** A step of a monthly assessment: each value is one mutation */
export type MonthlyAssessmentAction =
  /** Adjust the score with a reason (调整): adjustMonthlyAssessment */
  | 'ADJUST'
  /** Confirm (认定): confirmMonthlyAssessment */
  | 'CONFIRM';

/** Which monthly assessments a list returns: every field given must match */
export type MonthlyAssessmentFilter = {
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** true: the viewer's own */
  mine: boolean | null | undefined;
  /** Only this month ('YYYY-MM') */
  month: string | null | undefined;
  /** Only this agent's */
  staffId: string | null | undefined;
  /** Only these statuses */
  status: Array<AssessmentStatus> | null | undefined;
  /** Only this team’s */
  teamId: string | null | undefined;
};

/** A step of a monthly report: each value is one mutation */
export type MonthlyReportAction =
  /** Correct (更正) a signed report as a new revision: correctMonthlyReport */
  | 'CORRECT'
  /** Regenerate (重新生成) the draft’s snapshot: regenerateMonthlyReport */
  | 'REGENERATE'
  /** Send back (退回修改) to the writer: returnMonthlyReportToDraft */
  | 'RETURN_TO_DRAFT'
  /** Sign (签发), by a manager other than the submitter: signMonthlyReport */
  | 'SIGN'
  /** Submit (提交) with every section commented: submitMonthlyReport */
  | 'SUBMIT';

/** The commentary (说明) of one section of a draft */
export type MonthlyReportCommentaryInput = {
  /** The text, at most 10000 characters; null or blank clears it */
  commentary: string | null | undefined;
  /** Which section */
  section: MonthlyReportSection;
};

/** What a row of a monthly report table stands for */
export type MonthlyReportDimension =
  /** Category (类别) */
  | 'CATEGORY'
  /** Complaint (投诉) */
  | 'COMPLAINT'
  /** QA evaluation (质检) */
  | 'EVALUATION'
  /** Follow-ups (回访) */
  | 'FOLLOW_UP'
  /** Level (升级级别) */
  | 'LEVEL'
  /** Satisfaction (满意度) */
  | 'SATISFACTION'
  /** Severity (严重程度) */
  | 'SEVERITY'
  /** Agent (坐席) */
  | 'STAFF'
  /** Total (合计) */
  | 'TOTAL';

/** Which monthly reports a list returns: every field given must match */
export type MonthlyReportFilter = {
  /** true: only the department-wide reports; false: only the teams’ */
  department: boolean | null | undefined;
  /** Only the records with these ids */
  ids: Array<string> | null | undefined;
  /** Only this month, YYYY-MM */
  month: string | null | undefined;
  /** true (default): only the newest revision of each month; false: the corrected ones too */
  newest: boolean | null | undefined;
  /** Only reports in one of these statuses */
  status: Array<MonthlyReportStatus> | null | undefined;
  /** Only the reports of this team */
  teamId: string | null | undefined;
};

/** A column of a monthly report table (its unit: count, percent, hours or score) */
export type MonthlyReportMeasure =
  /** Average score (平均分) */
  | 'AVERAGE_SCORE'
  /** On-time rate (%) (按时办结率（%）) */
  | 'COMPLIANCE_RATE'
  /** Count (数量) */
  | 'COUNT'
  /** Escalation level (升级级别) */
  | 'ESCALATION_LEVEL'
  /** Follow-ups done (完成回访) */
  | 'FOLLOW_UPS_DONE'
  /** Hours to resolve (处理用时（小时）) */
  | 'HOURS_OPEN'
  /** Interactions (服务量) */
  | 'INTERACTIONS'
  /** Late (超时办结) */
  | 'LATE'
  /** Median (hours) (用时中位数（小时）) */
  | 'MEDIAN_HOURS'
  /** On time (按时办结) */
  | 'ON_TIME'
  /** Open and overdue at month end (月末超时未办结) */
  | 'OPEN_OVERDUE'
  /** 90th percentile (hours) (90分位用时（小时）) */
  | 'P90_HOURS'
  /** Received (受理量) */
  | 'RECEIVED'
  /** Received share (%) (受理占比（%）) */
  | 'RECEIVED_SHARE'
  /** Received vs last year (%) (受理同比（%）) */
  | 'RECEIVED_VS_LAST_YEAR'
  /** Received vs previous month (%) (受理环比（%）) */
  | 'RECEIVED_VS_PREVIOUS_MONTH'
  /** Resolved (办结量) */
  | 'RESOLVED'
  /** Resolved share (%) (办结占比（%）) */
  | 'RESOLVED_SHARE'
  /** Resolved vs last year (%) (办结同比（%）) */
  | 'RESOLVED_VS_LAST_YEAR'
  /** Resolved vs previous month (%) (办结环比（%）) */
  | 'RESOLVED_VS_PREVIOUS_MONTH'
  /** Score (得分) */
  | 'SCORE'
  /** Share (%) (占比（%）) */
  | 'SHARE'
  /** Urges (催办次数) */
  | 'URGES'
  /** vs same month last year (%) (同比（%）) */
  | 'VS_LAST_YEAR'
  /** vs previous month (%) (环比（%）) */
  | 'VS_PREVIOUS_MONTH';

/** A section of the monthly report; none can be removed */
export type MonthlyReportSection =
  /** Complaints received and resolved, by category (投诉受理与办结（按类别）) */
  | 'COMPLAINTS_BY_CATEGORY'
  /** Deadline compliance (限时办结情况) */
  | 'DEADLINE_COMPLIANCE'
  /** Escalations (升级督办) */
  | 'ESCALATIONS'
  /** Notable cases (典型案例) */
  | 'NOTABLE_CASES'
  /** QA findings and violations (质检发现与违纪处理) */
  | 'QUALITY_AND_VIOLATIONS'
  /** Satisfaction from follow-ups (回访满意度) */
  | 'SATISFACTION'
  /** Time to resolution (办结用时) */
  | 'TIME_TO_RESOLUTION'
  /** Urges (客户催办) */
  | 'URGES'
  /** Workload per agent (人员工作量) */
  | 'WORKLOAD';

/** Where a monthly report stands: a draft, submitted, or signed (final) */
export type MonthlyReportStatus =
  /** Draft (草稿) */
  | 'DRAFT'
  /** Signed (已签发) */
  | 'SIGNED'
  /** Submitted (已提交) */
  | 'SUBMITTED';

/** A step of a notice: each value is one mutation */
export type NoticeAction =
  /** Archive (归档): archiveNotice */
  | 'ARCHIVE'
  /** Publish (发布): publishNotice */
  | 'PUBLISH';

/** What a notice (公告) is about */
export type NoticeKind =
  /** Offer (优惠活动) */
  | 'OFFER'
  /** Other (其他) */
  | 'OTHER'
  /** Policy change (政策变更) */
  | 'POLICY_CHANGE'
  /** Process change (流程调整) */
  | 'PROCESS_CHANGE'
  /** Product update (产品更新) */
  | 'PRODUCT_UPDATE'
  /** System notice (系统通知) */
  | 'SYSTEM';

/** Where a notice stands: a draft, published to everyone, or archived */
export type NoticeStatus =
  /** Archived (已归档) */
  | 'ARCHIVED'
  /** Draft (草稿) */
  | 'DRAFT'
  /** Published (已发布) */
  | 'PUBLISHED';

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

/** A step of a held change: each value is a mutation (APPROVE → approvePendingChange) */
export type PendingChangeAction =
  /** Approve (通过) */
  | 'APPROVE'
  /** Reject (退回) */
  | 'REJECT'
  /** Withdraw (撤回) */
  | 'WITHDRAW';

/** 复核 status of a held change */
export type PendingChangeStatus =
  /** Approved (复核通过) */
  | 'APPROVED'
  /** Awaiting review (待复核) */
  | 'PENDING'
  /** Rejected (复核退回) */
  | 'REJECTED'
  /** Withdrawn (已撤回) */
  | 'WITHDRAWN';

/** A step of a quality evaluation; each value is a mutation (SUBMIT ↔ submitQualityEvaluation) */
export type QualityEvaluationAction =
  /** Acknowledge (确认) */
  | 'ACKNOWLEDGE'
  /** Dispute (申诉) */
  | 'DISPUTE'
  /** Revise scores (修改评分) */
  | 'REVISE'
  /** Submit (提交) */
  | 'SUBMIT'
  /** Uphold (维持原评分) */
  | 'UPHOLD';

/** An agent's evaluations this month against the quota (抽检进度) */
export type QuotaStatus =
  /** Quota met (已达标) */
  | 'DONE'
  /** Over the maximum (超出上限) */
  | 'OVER'
  /** Under quota (未达标) */
  | 'UNDER';

/** 脱岗: a leader records a member’s absence from the post of 20+ minutes (scheduling.absenceViolationMinutes) */
export type RecordAbsenceFromPostInput = {
  /** When the person left the post */
  from: string;
  /** What happened (up to 500 characters) */
  note: string | null | undefined;
  /** The shift assignment the absence happened on */
  shiftAssignmentId: string;
  /** When the person came back */
  to: string;
};

/** Why a reviewer rejected a change (差错原因); the settings review.reason.* say which are offered */
export type ReviewErrorReason =
  /** Duplicate submission (重复提交) */
  | 'DUPLICATE'
  /** Change not authorised (未经授权的变更) */
  | 'NOT_AUTHORIZED'
  /** No supporting evidence (缺少依据或凭证) */
  | 'NO_EVIDENCE'
  /** Other (其他) */
  | 'OTHER'
  /** Wrong record changed (改错了记录) */
  | 'WRONG_RECORD'
  /** Wrong value entered (录入值错误) */
  | 'WRONG_VALUE';

/** A field that can be held for review (its record says which) */
export type ReviewField =
  /** Address (地址) */
  | 'ADDRESS'
  /** Contract amount (合同金额) */
  | 'AMOUNT'
  /** The contract's customer (所属客户) */
  | 'CUSTOMER_ID'
  /** E-mail (邮箱) */
  | 'EMAIL'
  /** End date (结束日期) */
  | 'END_DATE'
  /** Lifecycle (生命周期) */
  | 'LIFECYCLE'
  /** Name (名称) */
  | 'NAME'
  /** Contract number (合同编号) */
  | 'NUMBER'
  /** Owner (负责人) */
  | 'OWNER_ID'
  /** Phone (电话) */
  | 'PHONE'
  /** Start date (开始日期) */
  | 'START_DATE'
  /** Tier (分级) */
  | 'TIER'
  /** Warranty end (保修期截止) */
  | 'WARRANTY_END_DATE';

/** How review statistics are grouped: per day or per month */
export type ReviewPeriod =
  /** Daily (按日) */
  | 'DAY'
  /** Monthly (按月) */
  | 'MONTH';

/** The kind of record a held change belongs to */
export type ReviewedEntity =
  /** Service contract (服务合同) */
  | 'CONTRACT'
  /** Customer (客户) */
  | 'CUSTOMER';

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

/** 满意 / 一般 / 不满意 */
export type Satisfaction =
  /** Average (一般) */
  | 'AVERAGE'
  /** Satisfied (满意) */
  | 'SATISFIED'
  /** Unsatisfied (不满意) */
  | 'UNSATISFIED';

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

/** A section of the settings page: the first part of the key */
export type SettingArea =
  /** Customer assignment (客户分配) */
  | 'ASSIGNMENT'
  /** Attachments (附件) */
  | 'ATTACHMENT'
  /** Working hours and holidays (工作时间与节假日) */
  | 'CALENDAR'
  /** Complaints (投诉处理) */
  | 'COMPLAINT'
  /** Contracts (合同) */
  | 'CONTRACT'
  /** Follow-ups (回访) */
  | 'FOLLOW_UP'
  /** Quality and assessment (质检与考核) */
  | 'QUALITY'
  /** Reports (报告) */
  | 'REPORT'
  /** Second-person review (复核) */
  | 'REVIEW'
  /** Rosters and working time (排班与工时) */
  | 'SCHEDULING';

/** A configurable number (系统配置), named after its domain key (COMPLAINT_ESCALATION_CLOCK: complaint.escalationClock) */
export type SettingKey =
  /** Days to first contact a newly assigned customer (分配后首次联系期限（天）): assignment.firstContactDays */
  | 'ASSIGNMENT_FIRST_CONTACT_DAYS'
  /** Least skill level to own a tier A customer (A 类客户负责人最低技能等级): assignment.minSkillForTierA */
  | 'ASSIGNMENT_MIN_SKILL_FOR_TIER_A'
  /** Least skill level to own a tier B customer (B 类客户负责人最低技能等级): assignment.minSkillForTierB */
  | 'ASSIGNMENT_MIN_SKILL_FOR_TIER_B'
  /** Accept images (允许上传图片（1 允许，0 禁止）): attachment.allowImages */
  | 'ATTACHMENT_ALLOW_IMAGES'
  /** Accept Office documents (允许上传 Office 文档（1 允许，0 禁止）): attachment.allowOffice */
  | 'ATTACHMENT_ALLOW_OFFICE'
  /** Accept PDF (允许上传 PDF（1 允许，0 禁止）): attachment.allowPdf */
  | 'ATTACHMENT_ALLOW_PDF'
  /** Largest attachment (MB) (单个附件大小上限（MB）): attachment.maxSizeMb */
  | 'ATTACHMENT_MAX_SIZE_MB'
  /** Month from which a missing next year of holidays is announced (从几月起提醒录入下一年节假日): calendar.holidayNoticeMonth */
  | 'CALENDAR_HOLIDAY_NOTICE_MONTH'
  /** Working day ends (工作时间结束): calendar.workdayEndMinute */
  | 'CALENDAR_WORKDAY_END_MINUTE'
  /** Working day starts (工作时间开始): calendar.workdayStartMinute */
  | 'CALENDAR_WORKDAY_START_MINUTE'
  /** The centre director approves proposals (客服中心主任可审批处理方案): complaint.approver.CENTER_DIRECTOR */
  | 'COMPLAINT_APPROVER_CENTER_DIRECTOR'
  /** The department manager approves proposals (客服部主任可审批处理方案): complaint.approver.DEPT_MANAGER */
  | 'COMPLAINT_APPROVER_DEPT_MANAGER'
  /** Time limit for critical complaints (business hours) (特别严重投诉办结时限（工作小时）): complaint.dueHoursCritical */
  | 'COMPLAINT_DUE_HOURS_CRITICAL'
  /** Time limit for serious complaints (business hours) (严重投诉办结时限（工作小时）): complaint.dueHoursHigh */
  | 'COMPLAINT_DUE_HOURS_HIGH'
  /** Time limit for minor complaints (business hours) (一般投诉办结时限（工作小时）): complaint.dueHoursLow */
  | 'COMPLAINT_DUE_HOURS_LOW'
  /** Time limit for moderate complaints (business hours) (较重投诉办结时限（工作小时）): complaint.dueHoursMedium */
  | 'COMPLAINT_DUE_HOURS_MEDIUM'
  /** Business hours left when a complaint shows as due soon (剩余多少工作小时提示即将超时): complaint.dueSoonHours */
  | 'COMPLAINT_DUE_SOON_HOURS'
  /** Hours an open complaint waits before going to the shift leader (on the escalation clock) (投诉未办结多少小时后升级到班长（按升级计时方式）): complaint.escalateToLeaderHours */
  | 'COMPLAINT_ESCALATE_TO_LEADER_HOURS'
  /** Hours after the shift leader got it, still unresolved, before it goes to the department manager (升级到班长后仍未解决，再过多少小时升级到部门主任): complaint.escalateToManagerHours */
  | 'COMPLAINT_ESCALATE_TO_MANAGER_HOURS'
  /** Escalation clock (超时升级计时方式): complaint.escalationClock */
  | 'COMPLAINT_ESCALATION_CLOCK'
  /** Time limit for tier A customers, in percent of the usual (A 类客户时限按百分之几计算): complaint.tierADuePercent */
  | 'COMPLAINT_TIER_ADUE_PERCENT'
  /** Time limit for tier B customers, in percent of the usual (B 类客户时限按百分之几计算): complaint.tierBDuePercent */
  | 'COMPLAINT_TIER_BDUE_PERCENT'
  /** Urges that raise the priority one step (每催单几次提高一级优先级): complaint.urgesToRaisePriority */
  | 'COMPLAINT_URGES_TO_RAISE_PRIORITY'
  /** Days before a contract ends that it shows as expiring (合同到期提醒提前天数): contract.expiringWindowDays */
  | 'CONTRACT_EXPIRING_WINDOW_DAYS'
  /** Paid replacements may go to finance (有偿换件可转交财务部): contract.paidDept.FINANCE */
  | 'CONTRACT_PAID_DEPT_FINANCE'
  /** Paid replacements may go to marketing (有偿换件可转交市场部): contract.paidDept.MARKETING */
  | 'CONTRACT_PAID_DEPT_MARKETING'
  /** Paid replacements may go to production (有偿换件可转交生产部): contract.paidDept.PRODUCTION */
  | 'CONTRACT_PAID_DEPT_PRODUCTION'
  /** Paid replacements may go to sales/business (有偿换件可转交销售/业务部): contract.paidDept.SALES */
  | 'CONTRACT_PAID_DEPT_SALES'
  /** Paid replacements may go to technical (有偿换件可转交技术部): contract.paidDept.TECHNICAL */
  | 'CONTRACT_PAID_DEPT_TECHNICAL'
  /** Paid replacements may go to warehouse/shipping (有偿换件可转交仓管/发货): contract.paidDept.WAREHOUSE */
  | 'CONTRACT_PAID_DEPT_WAREHOUSE'
  /** Periodic care of tier A customers (0 none, 1 monthly, 2 quarterly) (A 类客户定期关怀（0 不定期，1 每月，2 每季度）): followUp.careCadence.A */
  | 'FOLLOW_UP_CARE_CADENCE_A'
  /** Periodic care of tier B customers (0 none, 1 monthly, 2 quarterly) (B 类客户定期关怀（0 不定期，1 每月，2 每季度）): followUp.careCadence.B */
  | 'FOLLOW_UP_CARE_CADENCE_B'
  /** Periodic care of tier C customers (0 none, 1 monthly, 2 quarterly) (C 类客户定期关怀（0 不定期，1 每月，2 每季度）): followUp.careCadence.C */
  | 'FOLLOW_UP_CARE_CADENCE_C'
  /** Follow-up due within (days of the trigger) (回访期限（触发后几天内）): followUp.dueDays */
  | 'FOLLOW_UP_DUE_DAYS'
  /** Days the unanswered calls must be spread over (未接通的尝试至少分布在几天): followUp.failedAttemptDays */
  | 'FOLLOW_UP_FAILED_ATTEMPT_DAYS'
  /** Unanswered calls before a follow-up is unreachable (未接通几次后标记为无法联系): followUp.maxFailedAttempts */
  | 'FOLLOW_UP_MAX_FAILED_ATTEMPTS'
  /** Weekends and holidays: afternoon calls until (休息日/节假日下午可拨打结束): followUp.restDayAfternoonEnd */
  | 'FOLLOW_UP_REST_DAY_AFTERNOON_END'
  /** Weekends and holidays: afternoon calls from (休息日/节假日下午可拨打开始): followUp.restDayAfternoonStart */
  | 'FOLLOW_UP_REST_DAY_AFTERNOON_START'
  /** Weekends and holidays: morning calls until (休息日/节假日上午可拨打结束): followUp.restDayMorningEnd */
  | 'FOLLOW_UP_REST_DAY_MORNING_END'
  /** Weekends and holidays: morning calls from (休息日/节假日上午可拨打开始): followUp.restDayMorningStart */
  | 'FOLLOW_UP_REST_DAY_MORNING_START'
  /** Call again after an unanswered call (minutes) (未接通后多久再拨（分钟）): followUp.retryMinutes */
  | 'FOLLOW_UP_RETRY_MINUTES'
  /** Working days: afternoon and evening calls until (工作日下午/晚上可拨打结束): followUp.workdayAfternoonEnd */
  | 'FOLLOW_UP_WORKDAY_AFTERNOON_END'
  /** Working days: afternoon and evening calls from (工作日下午/晚上可拨打开始): followUp.workdayAfternoonStart */
  | 'FOLLOW_UP_WORKDAY_AFTERNOON_START'
  /** Working days: morning calls until (工作日上午可拨打结束): followUp.workdayMorningEnd */
  | 'FOLLOW_UP_WORKDAY_MORNING_END'
  /** Working days: morning calls from (工作日上午可拨打开始): followUp.workdayMorningStart */
  | 'FOLLOW_UP_WORKDAY_MORNING_START'
  /** Monthly assessment weight: complaints within deadline (月考核权重：投诉按时办结率): quality.assessmentWeight.complaintTimeliness */
  | 'QUALITY_ASSESSMENT_WEIGHT_COMPLAINT_TIMELINESS'
  /** Monthly assessment weight: attendance discipline (月考核权重：考勤纪律): quality.assessmentWeight.discipline */
  | 'QUALITY_ASSESSMENT_WEIGHT_DISCIPLINE'
  /** Monthly assessment weight: follow-ups on time (月考核权重：回访及时率): quality.assessmentWeight.followUpTimeliness */
  | 'QUALITY_ASSESSMENT_WEIGHT_FOLLOW_UP_TIMELINESS'
  /** Monthly assessment weight: QA average (月考核权重：质检平均分): quality.assessmentWeight.qa */
  | 'QUALITY_ASSESSMENT_WEIGHT_QA'
  /** Monthly assessment weight: customer satisfaction (月考核权重：客户满意率): quality.assessmentWeight.satisfaction */
  | 'QUALITY_ASSESSMENT_WEIGHT_SATISFACTION'
  /** Calibration tolerance (score range as a percentage of the scale) (校准容差（分差占满分的百分比）): quality.calibrationTolerance */
  | 'QUALITY_CALIBRATION_TOLERANCE'
  /** How much likelier complaints and unsatisfied follow-ups are sampled (投诉和不满意回访被抽中的倍数): quality.flaggedWeight */
  | 'QUALITY_FLAGGED_WEIGHT'
  /** Evaluations per agent per month, at most (每人每月最多抽检次数): quality.maxPerAgent */
  | 'QUALITY_MAX_PER_AGENT'
  /** Evaluations per agent per month, at least (每人每月最少抽检次数): quality.minPerAgent */
  | 'QUALITY_MIN_PER_AGENT'
  /** Discipline points each violation costs (每次违纪扣考勤纪律分): quality.pointsPerViolation */
  | 'QUALITY_POINTS_PER_VIOLATION'
  /** Monthly service report due (day of the next month) (月服务报告提交截止日（次月几号）): report.monthlyDueDay */
  | 'REPORT_MONTHLY_DUE_DAY'
  /** Error reason: duplicate submission (差错原因：重复提交): review.reason.DUPLICATE */
  | 'REVIEW_REASON_DUPLICATE'
  /** Error reason: change not authorised (差错原因：未经授权的变更): review.reason.NOT_AUTHORIZED */
  | 'REVIEW_REASON_NOT_AUTHORIZED'
  /** Error reason: no supporting evidence (差错原因：缺少依据或凭证): review.reason.NO_EVIDENCE */
  | 'REVIEW_REASON_NO_EVIDENCE'
  /** Error reason: other (差错原因：其他): review.reason.OTHER */
  | 'REVIEW_REASON_OTHER'
  /** Error reason: wrong record changed (差错原因：改错了记录): review.reason.WRONG_RECORD */
  | 'REVIEW_REASON_WRONG_RECORD'
  /** Error reason: wrong value entered (差错原因：录入值错误): review.reason.WRONG_VALUE */
  | 'REVIEW_REASON_WRONG_VALUE'
  /** Review: contract amount (复核：合同金额): review.sensitive.contract.amount */
  | 'REVIEW_SENSITIVE_CONTRACT_AMOUNT'
  /** Review: contract's customer (复核：合同所属客户): review.sensitive.contract.customerId */
  | 'REVIEW_SENSITIVE_CONTRACT_CUSTOMER_ID'
  /** Review: contract end date (复核：合同结束日期): review.sensitive.contract.endDate */
  | 'REVIEW_SENSITIVE_CONTRACT_END_DATE'
  /** Review: contract number (复核：合同编号): review.sensitive.contract.number */
  | 'REVIEW_SENSITIVE_CONTRACT_NUMBER'
  /** Review: contract start date (复核：合同开始日期): review.sensitive.contract.startDate */
  | 'REVIEW_SENSITIVE_CONTRACT_START_DATE'
  /** Review: warranty end (复核：保修期截止): review.sensitive.contract.warrantyEndDate */
  | 'REVIEW_SENSITIVE_CONTRACT_WARRANTY_END_DATE'
  /** Review: customer address (复核：客户地址): review.sensitive.customer.address */
  | 'REVIEW_SENSITIVE_CUSTOMER_ADDRESS'
  /** Review: customer e-mail (复核：客户邮箱): review.sensitive.customer.email */
  | 'REVIEW_SENSITIVE_CUSTOMER_EMAIL'
  /** Review: customer lifecycle (复核：客户生命周期): review.sensitive.customer.lifecycle */
  | 'REVIEW_SENSITIVE_CUSTOMER_LIFECYCLE'
  /** Review: customer name (复核：客户名称): review.sensitive.customer.name */
  | 'REVIEW_SENSITIVE_CUSTOMER_NAME'
  /** Review: customer owner (复核：客户负责人): review.sensitive.customer.ownerId */
  | 'REVIEW_SENSITIVE_CUSTOMER_OWNER_ID'
  /** Review: customer phone (复核：客户电话): review.sensitive.customer.phone */
  | 'REVIEW_SENSITIVE_CUSTOMER_PHONE'
  /** Review: customer tier (复核：客户分级): review.sensitive.customer.tier */
  | 'REVIEW_SENSITIVE_CUSTOMER_TIER'
  /** Minutes away from the post that make a violation (脱岗多少分钟记违纪): scheduling.absenceViolationMinutes */
  | 'SCHEDULING_ABSENCE_VIOLATION_MINUTES'
  /** Least notice for emergency leave (minutes) (紧急请假最少提前（分钟）): scheduling.emergencyLeaveNoticeMinutes */
  | 'SCHEDULING_EMERGENCY_LEAVE_NOTICE_MINUTES'
  /** Least notice for leave on a public holiday (days) (节假日请假最少提前（天）): scheduling.holidayLeaveNoticeDays */
  | 'SCHEDULING_HOLIDAY_LEAVE_NOTICE_DAYS'
  /** Minutes late that make a violation (迟到多少分钟记违纪): scheduling.lateViolationMinutes */
  | 'SCHEDULING_LATE_VIOLATION_MINUTES'
  /** Most night shifts in a row (最多连续夜班（天）): scheduling.maxConsecutiveNights */
  | 'SCHEDULING_MAX_CONSECUTIVE_NIGHTS'
  /** Most hours a month, back office (后台每月工时上限): scheduling.maxMonthlyHours.BACK_OFFICE */
  | 'SCHEDULING_MAX_MONTHLY_HOURS_BACK_OFFICE'
  /** Most hours a month, field service (现场/售后每月工时上限): scheduling.maxMonthlyHours.FIELD */
  | 'SCHEDULING_MAX_MONTHLY_HOURS_FIELD'
  /** Most hours a month, online agents (在线客服每月工时上限): scheduling.maxMonthlyHours.ONLINE */
  | 'SCHEDULING_MAX_MONTHLY_HOURS_ONLINE'
  /** Most hours a month, phone agents (电话客服每月工时上限): scheduling.maxMonthlyHours.PHONE */
  | 'SCHEDULING_MAX_MONTHLY_HOURS_PHONE'
  /** Most shift swaps per person per month (每人每月最多换班次数): scheduling.maxSwapsPerMonth */
  | 'SCHEDULING_MAX_SWAPS_PER_MONTH'
  /** Largest skill-level gap between people swapping (换班双方技能等级最大差距): scheduling.maxSwapSkillGap */
  | 'SCHEDULING_MAX_SWAP_SKILL_GAP'
  /** Least days off in any 7, back office (后台每 7 天至少休息天数): scheduling.minDaysOffPerWeek.BACK_OFFICE */
  | 'SCHEDULING_MIN_DAYS_OFF_PER_WEEK_BACK_OFFICE'
  /** Least days off in any 7, field service (现场/售后每 7 天至少休息天数): scheduling.minDaysOffPerWeek.FIELD */
  | 'SCHEDULING_MIN_DAYS_OFF_PER_WEEK_FIELD'
  /** Least days off in any 7, online agents (在线客服每 7 天至少休息天数): scheduling.minDaysOffPerWeek.ONLINE */
  | 'SCHEDULING_MIN_DAYS_OFF_PER_WEEK_ONLINE'
  /** Least days off in any 7, phone agents (电话客服每 7 天至少休息天数): scheduling.minDaysOffPerWeek.PHONE */
  | 'SCHEDULING_MIN_DAYS_OFF_PER_WEEK_PHONE'
  /** Least rest between shifts (hours) (两班之间最少休息（小时）): scheduling.minRestHours */
  | 'SCHEDULING_MIN_REST_HOURS'
  /** Deadline for night-shift leave (夜班请假截止时间): scheduling.nightLeaveCutoffMinute */
  | 'SCHEDULING_NIGHT_LEAVE_CUTOFF_MINUTE'
  /** Arrive for roll call (minutes before the shift) (点名提前到岗（分钟）): scheduling.rollCallMinutes */
  | 'SCHEDULING_ROLL_CALL_MINUTES'
  /** Violations in a month that are flagged to the manager (每月违纪几次提醒主任): scheduling.violationsToFlag */
  | 'SCHEDULING_VIOLATIONS_TO_FLAG'
  /** Standard working week (hours above it are overtime) (每周标准工时（超出部分计加班）): scheduling.weeklyStandardHours */
  | 'SCHEDULING_WEEKLY_STANDARD_HOURS';

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
  /** From this date, inclusive */
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

/** Why an agent is suggested (推荐理由) */
export type SuggestionReasonCode =
  /** Current owner (当前负责人) */
  | 'CURRENT_OWNER'
  /** Job type fits the tier (岗位匹配) */
  | 'JOB_TYPE'
  /** Customer load (负载) */
  | 'LOAD'
  /** Skill level for the tier (技能等级) */
  | 'SKILL';

/** A QA summary covers a week (Monday to Sunday) or a calendar month */
export type SummaryPeriodKind =
  /** Month (月) */
  | 'MONTH'
  /** Week (周) */
  | 'WEEK';

/** A step of a shift swap request: each value is one mutation */
export type SwapAction =
  /** The colleague agrees (同意换班): acceptShiftSwapRequest */
  | 'ACCEPT'
  /** A shift leader approves (班长批准): approveShiftSwapRequest */
  | 'APPROVE'
  /** The colleague declines (拒绝换班): declineShiftSwapRequest */
  | 'DECLINE'
  /** Withdraw (撤销): deleteShiftSwapRequest */
  | 'DELETE'
  /** A shift leader rejects (班长驳回): rejectShiftSwapRequest */
  | 'REJECT'
  /** Edit (修改): updateShiftSwapRequest */
  | 'UPDATE';

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

/** One person at a session */
export type TrainingResultInput = {
  /** Whether they attended */
  attended: boolean;
  /** Exam score 0–100, one decimal; only for someone who attended */
  examScore: number | null | undefined;
  /** One of the plan’s agents */
  staffId: string;
};

/** What follows an unsatisfied answer (不满意的后续处理) */
export type UnsatisfiedAction =
  /** Register a new complaint (登记新投诉) */
  | 'NEW_COMPLAINT'
  /** A task for the owner (交负责人跟进) */
  | 'OWNER_TASK'
  /** Reopen the complaint (重新处理投诉) */
  | 'REOPEN_COMPLAINT';

/** Changes to a draft: the scores given replace the dimension’s score */
export type UpdateQualityEvaluationInput = {
  /** Overall comment */
  comment: string | null | undefined;
  /** Critical items that happened (replacing the current ones) */
  criticalFailures: Array<string> | null | undefined;
  /** Scores */
  scores: Array<DimensionScoreInput> | null | undefined;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, username: string, mustChangePassword: boolean } };

export type AnalyticsQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AnalyticsQuery = { analytics: { from: string, to: string, previousFrom: string, previousTo: string, teamId: string | null, staffId: string | null, categoryMix: Array<{ categoryId: string, categoryName: string, count: number, share: number, previousCount: number, change: number | null }>, monthlyTrend: Array<{ month: string, received: number, closed: number }>, deadlineCompliance: Array<{ month: string, closed: number, onTime: number, rate: number | null }>, satisfaction: Array<{ month: string, satisfied: number, average: number, unsatisfied: number, satisfiedRate: number | null, meanScore: number | null }>, workload: Array<{ staffId: string, staffName: string | null, complaintsHandled: number, followUpsDone: number, interactions: number }> } };

export type MonthlyAssessmentFieldsFragment = { id: string, version: number, month: string, staffId: string, teamId: string | null, status: AssessmentStatus, computedScore: number, adjustedScore: number | null, adjustmentReason: string | null, score: number, qaAverage: number | null, qaEvaluations: number, followUpsDue: number, followUpsOnTime: number, complaintsClosed: number, complaintsWithinDeadline: number, satisfactionAnswers: number, satisfied: number, violations: number, pointsPerViolation: number, computedAt: string, confirmedAt: string | null, availableActions: Array<MonthlyAssessmentAction>, staff: { id: string, name: string } | null, team: { id: string, name: string } | null, adjustedBy: { id: string, name: string } | null, parts: Array<{ part: string, value: number | null, weight: number }>, confirmedBy: { id: string, name: string } | null };

export type MonthlyAssessmentsQueryVariables = Exact<{
  filter: MonthlyAssessmentFilter | null | undefined;
}>;


export type MonthlyAssessmentsQuery = { monthlyAssessments: { total: number, items: Array<{ id: string, version: number, month: string, staffId: string, teamId: string | null, status: AssessmentStatus, computedScore: number, adjustedScore: number | null, adjustmentReason: string | null, score: number, qaAverage: number | null, qaEvaluations: number, followUpsDue: number, followUpsOnTime: number, complaintsClosed: number, complaintsWithinDeadline: number, satisfactionAnswers: number, satisfied: number, violations: number, pointsPerViolation: number, computedAt: string, confirmedAt: string | null, availableActions: Array<MonthlyAssessmentAction>, staff: { id: string, name: string } | null, team: { id: string, name: string } | null, adjustedBy: { id: string, name: string } | null, parts: Array<{ part: string, value: number | null, weight: number }>, confirmedBy: { id: string, name: string } | null }> } };

export type ComputeMonthlyAssessmentsMutationVariables = Exact<{
  month: string;
}>;


export type ComputeMonthlyAssessmentsMutation = { computeMonthlyAssessments: { month: string, created: number, updated: number, unchanged: number } };

export type ConfirmMonthlyAssessmentMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ConfirmMonthlyAssessmentMutation = { confirmMonthlyAssessment: { id: string, version: number, month: string, staffId: string, teamId: string | null, status: AssessmentStatus, computedScore: number, adjustedScore: number | null, adjustmentReason: string | null, score: number, qaAverage: number | null, qaEvaluations: number, followUpsDue: number, followUpsOnTime: number, complaintsClosed: number, complaintsWithinDeadline: number, satisfactionAnswers: number, satisfied: number, violations: number, pointsPerViolation: number, computedAt: string, confirmedAt: string | null, availableActions: Array<MonthlyAssessmentAction>, staff: { id: string, name: string } | null, team: { id: string, name: string } | null, adjustedBy: { id: string, name: string } | null, parts: Array<{ part: string, value: number | null, weight: number }>, confirmedBy: { id: string, name: string } | null } };

export type AdjustMonthlyAssessmentMutationVariables = Exact<{
  id: string;
  version: number;
  score: number;
  reason: string;
}>;


export type AdjustMonthlyAssessmentMutation = { adjustMonthlyAssessment: { id: string, version: number, month: string, staffId: string, teamId: string | null, status: AssessmentStatus, computedScore: number, adjustedScore: number | null, adjustmentReason: string | null, score: number, qaAverage: number | null, qaEvaluations: number, followUpsDue: number, followUpsOnTime: number, complaintsClosed: number, complaintsWithinDeadline: number, satisfactionAnswers: number, satisfied: number, violations: number, pointsPerViolation: number, computedAt: string, confirmedAt: string | null, availableActions: Array<MonthlyAssessmentAction>, staff: { id: string, name: string } | null, team: { id: string, name: string } | null, adjustedBy: { id: string, name: string } | null, parts: Array<{ part: string, value: number | null, weight: number }>, confirmedBy: { id: string, name: string } | null } };

export type AssignmentSuggestionsQueryVariables = Exact<{
  customerIds: Array<string> | string;
}>;


export type AssignmentSuggestionsQuery = { assignmentSuggestions: Array<{ customerId: string, agents: Array<{ projectedLoad: number, agent: { id: string, name: string }, reasons: Array<{ code: SuggestionReasonCode, customers: number | null, skillLevel: number | null, required: number | null, jobType: JobType | null }> }> }> };

export type AttachmentFieldsFragment = { id: string, version: number, name: string, contentType: string, size: number, url: string, thumbnailUrl: string | null, createdAt: string, uploadedBy: { id: string, name: string } | null };

export type AttendanceFieldsFragment = { id: string, version: number, checkInAt: string | null, checkOutAt: string | null, lateMinutes: number | null, missedRollCall: boolean, checkOutOverrideReason: string | null, violations: Array<{ id: string, kind: AttendanceViolationKind, minutes: number }> };

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInMutation = { checkIn: { id: string, version: number, checkInAt: string | null, checkOutAt: string | null, lateMinutes: number | null, missedRollCall: boolean, checkOutOverrideReason: string | null, violations: Array<{ id: string, kind: AttendanceViolationKind, minutes: number }> } };

export type CheckOutMutationVariables = Exact<{
  id: string;
  version: number;
  input: CheckOutInput | null | undefined;
}>;


export type CheckOutMutation = { checkOut: { id: string, version: number, checkInAt: string | null, checkOutAt: string | null, lateMinutes: number | null, missedRollCall: boolean, checkOutOverrideReason: string | null, violations: Array<{ id: string, kind: AttendanceViolationKind, minutes: number }> } };

export type RecordAbsenceFromPostMutationVariables = Exact<{
  input: RecordAbsenceFromPostInput;
}>;


export type RecordAbsenceFromPostMutation = { recordAbsenceFromPost: { id: string, kind: AttendanceViolationKind, minutes: number } };

export type AttendanceViolationsQueryVariables = Exact<{
  filter: AttendanceViolationFilter | null | undefined;
}>;


export type AttendanceViolationsQuery = { attendanceViolations: { total: number, items: Array<{ id: string, kind: AttendanceViolationKind, occurredAt: string, minutes: number, note: string | null, staffId: string, staff: { id: string, name: string } | null, team: { id: string, name: string } | null, recordedBy: { id: string, name: string } | null }> } };

export type AttendanceViolationCountsQueryVariables = Exact<{
  month: string;
  teamId: string | null | undefined;
}>;


export type AttendanceViolationCountsQuery = { attendanceViolationCounts: Array<{ staffId: string, month: string, count: number, late: number, absentFromPost: number, flagged: boolean, staff: { id: string, name: string, team: { id: string, name: string } | null } | null }> };

export type AuditEntriesQueryVariables = Exact<{
  entity: AuditEntity;
  entityId: string;
}>;


export type AuditEntriesQuery = { auditEntries: Array<{ id: string, entity: AuditEntity, entityId: string, action: AuditAction, field: string | null, oldValue: string | null, newValue: string | null, at: string, actor: { id: string, name: string } | null }> };

export type ExportListMutationVariables = Exact<{
  input: ExportListInput;
}>;


export type ExportListMutation = { exportList: { filename: string, mimeType: string, contentBase64: string, rowCount: number, truncated: boolean } };

export type ImportJobFieldsFragment = { id: string, version: number, kind: ImportKind, status: ImportJobStatus, fileName: string, totalRows: number, validCount: number, invalidCount: number, duplicateCount: number, importedCount: number, createdAt: string, finishedAt: string | null, availableActions: Array<ImportJobAction>, createdBy: { id: string, name: string } | null };

export type ImportJobsScreenQueryVariables = Exact<{
  page: PageInput | null | undefined;
}>;


export type ImportJobsScreenQuery = { importJobs: { total: number, items: Array<{ id: string, version: number, kind: ImportKind, status: ImportJobStatus, fileName: string, totalRows: number, validCount: number, invalidCount: number, duplicateCount: number, importedCount: number, createdAt: string, finishedAt: string | null, availableActions: Array<ImportJobAction>, createdBy: { id: string, name: string } | null }> } };

export type ImportJobScreenQueryVariables = Exact<{
  id: string;
  status: Array<ImportRowStatus> | ImportRowStatus | null | undefined;
  page: PageInput | null | undefined;
}>;


export type ImportJobScreenQuery = { importJob: { id: string, version: number, kind: ImportKind, status: ImportJobStatus, fileName: string, totalRows: number, validCount: number, invalidCount: number, duplicateCount: number, importedCount: number, createdAt: string, finishedAt: string | null, availableActions: Array<ImportJobAction>, rows: { total: number, items: Array<{ rowNumber: number, status: ImportRowStatus, matchRow: number | null, errors: Array<{ path: string | null, code: string, params: string | null }>, values: Array<{ field: string, value: string }>, customer: { id: string, name: string } | null, contract: { id: string, number: string } | null, duplicateOfCustomer: { id: string, name: string } | null, duplicateOfContract: { id: string, number: string } | null }> }, createdBy: { id: string, name: string } | null } | null };

export type RunImportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type RunImportMutation = { runImport: { id: string, version: number, kind: ImportKind, status: ImportJobStatus, fileName: string, totalRows: number, validCount: number, invalidCount: number, duplicateCount: number, importedCount: number, createdAt: string, finishedAt: string | null, availableActions: Array<ImportJobAction>, createdBy: { id: string, name: string } | null } };

export type CancelImportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CancelImportMutation = { cancelImport: { id: string, version: number, kind: ImportKind, status: ImportJobStatus, fileName: string, totalRows: number, validCount: number, invalidCount: number, duplicateCount: number, importedCount: number, createdAt: string, finishedAt: string | null, availableActions: Array<ImportJobAction>, createdBy: { id: string, name: string } | null } };

export type QualityQueueQueryVariables = Exact<{
  month: string;
  seed: string | null | undefined;
}>;


export type QualityQueueQuery = { qualityQueue: Array<{ agentId: string, evaluations: number, quotaStatus: QuotaStatus, minPerAgent: number, maxPerAgent: number, agent: { id: string, name: string } | null, proposals: Array<{ kind: EvaluatedKind, id: string, channel: string, flagged: boolean, evaluationId: string | null, evaluation: { id: string, status: EvaluationStatus, total: number | null } | null }> }> };

export type QualityTrendQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
  agentId: string | null | undefined;
}>;


export type QualityTrendQuery = { qualityTrend: Array<{ month: string, averageTotal: number | null, evaluations: number }> };

export type ActiveScorecardQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveScorecardQuery = { scorecardTemplates: { items: Array<{ id: string, current: { id: string, templateId: string, templateVersion: number, name: string, criticalItems: Array<string>, dimensions: Array<{ code: string, weight: number, maxScore: number }> } | null }> } };

export type QualityEvaluationFieldsFragment = { id: string, version: number, status: EvaluationStatus, subjectKind: EvaluatedKind, subjectId: string, agentId: string, inspectorId: string, month: string, channel: string | null, total: number | null, weightedTotal: number | null, criticalFailed: boolean, criticalFailures: Array<string>, comment: string | null, disputeReason: string | null, decisionReason: string | null, overQuotaReason: string | null, submittedAt: string | null, availableActions: Array<QualityEvaluationAction>, agent: { id: string, name: string } | null, inspector: { id: string, name: string } | null, scores: Array<{ dimension: string, score: number, comment: string | null }>, template: { id: string, templateId: string, templateVersion: number, name: string, criticalItems: Array<string>, dimensions: Array<{ code: string, weight: number, maxScore: number }> } | null };

export type QualityEvaluationDetailQueryVariables = Exact<{
  id: string;
}>;


export type QualityEvaluationDetailQuery = { qualityEvaluation: { id: string, version: number, status: EvaluationStatus, subjectKind: EvaluatedKind, subjectId: string, agentId: string, inspectorId: string, month: string, channel: string | null, total: number | null, weightedTotal: number | null, criticalFailed: boolean, criticalFailures: Array<string>, comment: string | null, disputeReason: string | null, decisionReason: string | null, overQuotaReason: string | null, submittedAt: string | null, availableActions: Array<QualityEvaluationAction>, agent: { id: string, name: string } | null, inspector: { id: string, name: string } | null, scores: Array<{ dimension: string, score: number, comment: string | null }>, template: { id: string, templateId: string, templateVersion: number, name: string, criticalItems: Array<string>, dimensions: Array<{ code: string, weight: number, maxScore: number }> } | null } | null };

export type CreateQualityEvaluationMutationVariables = Exact<{
  input: CreateQualityEvaluationInput;
}>;


export type CreateQualityEvaluationMutation = { createQualityEvaluation: { id: string, version: number, status: EvaluationStatus, subjectKind: EvaluatedKind, subjectId: string, agentId: string, inspectorId: string, month: string, channel: string | null, total: number | null, weightedTotal: number | null, criticalFailed: boolean, criticalFailures: Array<string>, comment: string | null, disputeReason: string | null, decisionReason: string | null, overQuotaReason: string | null, submittedAt: string | null, availableActions: Array<QualityEvaluationAction>, agent: { id: string, name: string } | null, inspector: { id: string, name: string } | null, scores: Array<{ dimension: string, score: number, comment: string | null }>, template: { id: string, templateId: string, templateVersion: number, name: string, criticalItems: Array<string>, dimensions: Array<{ code: string, weight: number, maxScore: number }> } | null } };

export type UpdateQualityEvaluationMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateQualityEvaluationInput;
}>;


export type UpdateQualityEvaluationMutation = { updateQualityEvaluation: { id: string, version: number, status: EvaluationStatus, subjectKind: EvaluatedKind, subjectId: string, agentId: string, inspectorId: string, month: string, channel: string | null, total: number | null, weightedTotal: number | null, criticalFailed: boolean, criticalFailures: Array<string>, comment: string | null, disputeReason: string | null, decisionReason: string | null, overQuotaReason: string | null, submittedAt: string | null, availableActions: Array<QualityEvaluationAction>, agent: { id: string, name: string } | null, inspector: { id: string, name: string } | null, scores: Array<{ dimension: string, score: number, comment: string | null }>, template: { id: string, templateId: string, templateVersion: number, name: string, criticalItems: Array<string>, dimensions: Array<{ code: string, weight: number, maxScore: number }> } | null } };

export type QualitySummaryQueryVariables = Exact<{
  date: string;
  period: SummaryPeriodKind;
  teamId: string | null | undefined;
  agentId: string | null | undefined;
  lowestLimit: number | null | undefined;
}>;


export type QualitySummaryQuery = { qualitySummary: { periodKind: SummaryPeriodKind, periodStart: string, periodEnd: string, previousStart: string, overall: { evaluations: number, previousEvaluations: number, average: number | null, previousAverage: number | null, change: number | null, dimensions: Array<{ dimension: string, items: number, average: number | null, previousAverage: number | null, change: number | null }> }, agents: Array<{ agentId: string | null, teamId: string | null, evaluations: number, average: number | null, previousAverage: number | null, change: number | null, agent: { id: string, name: string } | null }>, lowestItems: Array<{ evaluationId: string, agentId: string, dimension: string, score: number, maxScore: number, comment: string | null, agent: { id: string, name: string } | null }>, commonComments: Array<{ phrase: string, count: number }> } };

export type MonthlyReportHeaderFieldsFragment = { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } };

export type MonthlyReportFieldsFragment = { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } };

export type MonthlyReportsScreenQueryVariables = Exact<{
  filter: MonthlyReportFilter | null | undefined;
}>;


export type MonthlyReportsScreenQuery = { monthlyReports: { items: Array<{ id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } }> } };

export type MonthlyReportScreenQueryVariables = Exact<{
  id: string;
}>;


export type MonthlyReportScreenQuery = { monthlyReport: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } | null };

export type GenerateMonthlyReportMutationVariables = Exact<{
  month: string;
  teamId: string | null | undefined;
}>;


export type GenerateMonthlyReportMutation = { generateMonthlyReport: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type UpdateMonthlyReportCommentaryMutationVariables = Exact<{
  id: string;
  version: number;
  input: MonthlyReportCommentaryInput;
}>;


export type UpdateMonthlyReportCommentaryMutation = { updateMonthlyReportCommentary: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type RegenerateMonthlyReportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type RegenerateMonthlyReportMutation = { regenerateMonthlyReport: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type SubmitMonthlyReportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type SubmitMonthlyReportMutation = { submitMonthlyReport: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type SignMonthlyReportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type SignMonthlyReportMutation = { signMonthlyReport: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type ReturnMonthlyReportToDraftMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ReturnMonthlyReportToDraftMutation = { returnMonthlyReportToDraft: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type CorrectMonthlyReportMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CorrectMonthlyReportMutation = { correctMonthlyReport: { id: string, version: number, month: string, teamId: string | null, status: MonthlyReportStatus, revision: number, late: boolean, dueDate: string, submittedAt: string | null, signedAt: string | null, generatedAt: string, availableActions: Array<MonthlyReportAction>, sections: Array<{ section: MonthlyReportSection, columns: Array<MonthlyReportMeasure>, commentary: string | null, rows: Array<{ dimension: MonthlyReportDimension, key: string | null, label: string, note: string | null, values: Array<number | null>, link: { route: string, filter: string | null } | null }> }>, team: { id: string, name: string } | null, signedBy: { id: string, name: string } | null, downloads: { pdf: string, xlsx: string } } };

export type HomeScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeScreenQuery = { homeScreen: { countedAt: string, items: Array<{ key: HomeItemKey, count: number, needsAction: boolean, target: { route: string, filter: string | null } }> } };

export type ReportFiguresFieldsFragment = { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> };

export type DailyReportScreenQueryVariables = Exact<{
  date: string | null | undefined;
  teamId: string | null | undefined;
}>;


export type DailyReportScreenQuery = { dailyReport: { date: string, teamId: string | null, staffId: string | null, longOpenTotal: number, figures: { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> }, byTeam: Array<{ teamId: string | null, teamName: string | null, figures: { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> } }>, byStaff: Array<{ staffId: string, staffName: string | null, figures: { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> } }>, longOpenComplaints: Array<{ id: string, number: string, ownerId: string, ownerName: string | null, receivedAt: string, dueAt: string, ageHours: number }>, staffing: { headcount: number, rostered: number, onLeave: number, available: number, shifts: number } } };

export type WeeklyReportScreenQueryVariables = Exact<{
  date: string | null | undefined;
  teamId: string | null | undefined;
}>;


export type WeeklyReportScreenQuery = { weeklyReport: { weekStart: string, weekEnd: string, teamId: string | null, staffId: string | null, figures: { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> }, days: Array<{ date: string, figures: { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> } }>, byStaff: Array<{ staffId: string, staffName: string | null, figures: { interactionTotal: number, complaintsReceived: number, complaintsClosed: number, followUpsDue: number, followUpsDone: number, followUpsOverdue: number, escalationTotal: number, urges: number, interactions: Array<{ kind: InteractionKind, inbound: number, outbound: number, total: number }>, escalations: Array<{ level: EscalationLevel, count: number }>, feedback: Array<{ satisfaction: Satisfaction, count: number }> } }> } };

export type WeeklyQaSectionQueryVariables = Exact<{
  date: string | null | undefined;
  teamId: string | null | undefined;
}>;


export type WeeklyQaSectionQuery = { weeklyReport: { weekStart: string, qa: { disputesOpen: number, disputesDecided: number, overall: { evaluations: number, average: number | null, previousAverage: number | null, change: number | null, dimensions: Array<{ dimension: string, average: number | null, items: number, change: number | null }> }, lowestItems: Array<{ evaluationId: string, dimension: string, score: number, maxScore: number, comment: string | null }> } } };

export type CalibrationSessionDetailQueryVariables = Exact<{
  id: string;
}>;


export type CalibrationSessionDetailQuery = { calibrationSession: { id: string, version: number, status: CalibrationStatus, topic: string | null, subjectKind: EvaluatedKind, subjectId: string, tolerancePercent: number, submittedCount: number, availableActions: Array<CalibrationSessionAction>, agreedTotal: number | null, agreementNote: string | null, cancelReason: string | null, createdAt: string, agent: { id: string, name: string } | null, openedBy: { id: string, name: string } | null, template: { templateVersion: number, dimensions: Array<{ code: string, weight: number, maxScore: number }> } | null, participants: Array<{ inspectorId: string, submittedAt: string | null, inspector: { id: string, name: string } | null, scores: Array<{ dimension: string, score: number }> | null }>, spread: Array<{ dimension: string, maxScore: number, count: number, min: number, max: number, range: number, rangePercent: number, mean: number, meanAbsoluteDeviation: number, median: number, disagrees: boolean }> | null, agreedScores: Array<{ dimension: string, score: number }> | null } | null };

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

export type FollowUpRowFieldsFragment = { id: string, version: number, status: FollowUpStatus, trigger: FollowUpTrigger, dueAt: string, nextAttemptAt: string | null, appointmentAt: string | null, attemptCount: number, overdue: boolean, availableActions: Array<FollowUpAction>, sourceId: string | null, satisfaction: Satisfaction | null, score: number | null, callWindow: { callable: boolean, nextAt: string | null }, customer: { id: string, name: string, tier: CustomerTier } | null, assignee: { id: string, name: string } | null, lastAttempt: { id: string, outcome: AttemptOutcome, at: string } | null };

export type FollowUpQueueQueryVariables = Exact<{
  filter: FollowUpFilter | null | undefined;
  page: PageInput | null | undefined;
}>;


export type FollowUpQueueQuery = { followUps: { total: number, items: Array<{ id: string, version: number, status: FollowUpStatus, trigger: FollowUpTrigger, dueAt: string, nextAttemptAt: string | null, appointmentAt: string | null, attemptCount: number, overdue: boolean, availableActions: Array<FollowUpAction>, sourceId: string | null, satisfaction: Satisfaction | null, score: number | null, callWindow: { callable: boolean, nextAt: string | null }, customer: { id: string, name: string, tier: CustomerTier } | null, assignee: { id: string, name: string } | null, lastAttempt: { id: string, outcome: AttemptOutcome, at: string } | null }> } };

export type FollowUpCallQueryVariables = Exact<{
  id: string;
}>;


export type FollowUpCallQuery = { followUp: { suggestions: string | null, improvement: string | null, unsatisfiedAction: UnsatisfiedAction | null, serious: boolean, note: string | null, reachedAt: string | null, completedAt: string | null, id: string, version: number, status: FollowUpStatus, trigger: FollowUpTrigger, dueAt: string, nextAttemptAt: string | null, appointmentAt: string | null, attemptCount: number, overdue: boolean, availableActions: Array<FollowUpAction>, sourceId: string | null, satisfaction: Satisfaction | null, score: number | null, customer: { id: string, name: string, kind: CustomerKind, company: string | null, phone: string | null, email: string | null, address: string | null, tier: CustomerTier, piiMasked: boolean, owner: { id: string, name: string } | null } | null, contact: { id: string, name: string, phone: string | null, position: string | null } | null, attempts: Array<{ id: string, at: string, outcome: AttemptOutcome, appointmentAt: string | null, identityVerified: boolean, note: string | null, actor: { id: string, name: string } | null }>, callScript: { id: string, name: string, steps: Array<{ kind: ScriptStepKind, branch: ScriptBranch, text: string }>, phrases: Array<{ situation: ScriptSituation, text: string }> } | null, callWindow: { callable: boolean, nextAt: string | null }, assignee: { id: string, name: string } | null, lastAttempt: { id: string, outcome: AttemptOutcome, at: string } | null } | null };

export type FollowUpCoverageScreenQueryVariables = Exact<{
  period: string;
  teamId: string | null | undefined;
  page: PageInput | null | undefined;
}>;


export type FollowUpCoverageScreenQuery = { followUpCoverage: { period: string, periodStart: string, periodEnd: string, total: number, covered: number, percent: number, gapCount: number, gaps: Array<{ customer: { id: string, name: string, tier: CustomerTier, owner: { id: string, name: string } | null }, openFollowUp: { id: string, status: FollowUpStatus, dueAt: string, assignee: { id: string, name: string } | null } | null }> } };

export type AssignFollowUpCoverageGapsMutationVariables = Exact<{
  input: AssignFollowUpCoverageGapsInput;
}>;


export type AssignFollowUpCoverageGapsMutation = { assignFollowUpCoverageGaps: { created: number, alreadyPlanned: number } };

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

export type UnreadNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticesQuery = { notices: { total: number, items: Array<{ id: string, version: number, kind: NoticeKind, title: string, body: string, pinned: boolean, publishedAt: string | null }> } };

export type MarkNoticeReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkNoticeReadMutation = { markNoticeRead: { id: string, version: number, readAt: string | null } };

export type NoticeReceiptsQueryVariables = Exact<{
  id: string;
}>;


export type NoticeReceiptsQuery = { notice: { id: string, receiptProgress: { expected: number, read: number, percent: number, receipts: Array<{ readAt: string, staff: { id: string, name: string } | null }>, notYet: Array<{ id: string, name: string }> } | null } | null };

export type PublishNoticeMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PublishNoticeMutation = { publishNotice: { id: string, version: number, status: NoticeStatus, publishedAt: string | null, readAt: string | null, availableActions: Array<NoticeAction> } };

export type ArchiveNoticeMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ArchiveNoticeMutation = { archiveNotice: { id: string, version: number, status: NoticeStatus, availableActions: Array<NoticeAction> } };

export type PendingChangeFieldsFragment = { id: string, version: number, status: PendingChangeStatus, entity: ReviewedEntity, recordId: string, submittedAt: string, decidedAt: string | null, errorReason: ReviewErrorReason | null, decisionNote: string | null, availableActions: Array<PendingChangeAction>, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, changes: Array<{ field: ReviewField, oldValue: string | null, newValue: string | null, masked: boolean }>, customer: { id: string, name: string } | null, contract: { id: string, number: string } | null };

export type ReviewQueueQueryVariables = Exact<{
  status: Array<PendingChangeStatus> | PendingChangeStatus | null | undefined;
  limit: number | null | undefined;
}>;


export type ReviewQueueQuery = { pendingChanges: { items: Array<{ id: string, version: number, status: PendingChangeStatus, entity: ReviewedEntity, recordId: string, submittedAt: string, decidedAt: string | null, errorReason: ReviewErrorReason | null, decisionNote: string | null, availableActions: Array<PendingChangeAction>, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, changes: Array<{ field: ReviewField, oldValue: string | null, newValue: string | null, masked: boolean }>, customer: { id: string, name: string } | null, contract: { id: string, number: string } | null }> } };

export type PendingChangeDetailQueryVariables = Exact<{
  id: string;
}>;


export type PendingChangeDetailQuery = { pendingChange: { id: string, version: number, status: PendingChangeStatus, entity: ReviewedEntity, recordId: string, submittedAt: string, decidedAt: string | null, errorReason: ReviewErrorReason | null, decisionNote: string | null, availableActions: Array<PendingChangeAction>, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, changes: Array<{ field: ReviewField, oldValue: string | null, newValue: string | null, masked: boolean }>, customer: { id: string, name: string } | null, contract: { id: string, number: string } | null } | null };

export type ReviewStatisticsQueryVariables = Exact<{
  period: ReviewPeriod;
  from: string;
  to: string;
}>;


export type ReviewStatisticsQuery = { reviewStatistics: Array<{ operatorId: string, period: string, submitted: number, approved: number, rejected: number, withdrawn: number, pending: number, errorRate: number | null, medianCycleMinutes: number | null, averageCycleMinutes: number | null, operator: { id: string, name: string } | null }> };

export type RosterShiftFieldsFragment = { id: string, date: string, startsAt: string, endsAt: string, shiftTypeId: string, teamId: string, team: { id: string, name: string } | null, roster: { id: string, month: string, status: RosterStatus, publishedAt: string | null } | null, assignments: Array<{ id: string, version: number, staffId: string, isLeaderOnDuty: boolean, swapRequestId: string | null, staff: { id: string, name: string, jobType: JobType | null, skillLevel: number, teamId: string | null } | null, attendance: { id: string, version: number, checkInAt: string | null, checkOutAt: string | null, lateMinutes: number | null, missedRollCall: boolean, checkOutOverrideReason: string | null, violations: Array<{ id: string, kind: AttendanceViolationKind, minutes: number }> } | null }>, coverage: Array<{ jobType: JobType, required: number, assigned: number, missing: number }> };

export type RosterShiftsQueryVariables = Exact<{
  filter: ShiftFilter | null | undefined;
  page: PageInput | null | undefined;
  sort: Array<ShiftSort> | ShiftSort | null | undefined;
}>;


export type RosterShiftsQuery = { shifts: { total: number, items: Array<{ id: string, date: string, startsAt: string, endsAt: string, shiftTypeId: string, teamId: string, team: { id: string, name: string } | null, roster: { id: string, month: string, status: RosterStatus, publishedAt: string | null } | null, assignments: Array<{ id: string, version: number, staffId: string, isLeaderOnDuty: boolean, swapRequestId: string | null, staff: { id: string, name: string, jobType: JobType | null, skillLevel: number, teamId: string | null } | null, attendance: { id: string, version: number, checkInAt: string | null, checkOutAt: string | null, lateMinutes: number | null, missedRollCall: boolean, checkOutOverrideReason: string | null, violations: Array<{ id: string, kind: AttendanceViolationKind, minutes: number }> } | null }>, coverage: Array<{ jobType: JobType, required: number, assigned: number, missing: number }> }> } };

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

export type SwapFieldsFragment = { id: string, version: number, requesterId: string, counterpartId: string, requesterShiftId: string, counterpartShiftId: string, requesterLeaderId: string | null, counterpartLeaderId: string | null, status: SwapStatus, reason: string, counterpartNote: string | null, decisionNote: string | null, createdAt: string, availableActions: Array<SwapAction>, requester: { id: string, name: string } | null, counterpart: { id: string, name: string } | null };

export type SchedulingSwapsQueryVariables = Exact<{
  filter: ShiftSwapRequestFilter | null | undefined;
}>;


export type SchedulingSwapsQuery = { shiftSwapRequests: { items: Array<{ id: string, version: number, requesterId: string, counterpartId: string, requesterShiftId: string, counterpartShiftId: string, requesterLeaderId: string | null, counterpartLeaderId: string | null, status: SwapStatus, reason: string, counterpartNote: string | null, decisionNote: string | null, createdAt: string, availableActions: Array<SwapAction>, requester: { id: string, name: string } | null, counterpart: { id: string, name: string } | null }> } };

export type LeaveFieldsFragment = { id: string, version: number, staffId: string, type: LeaveType, startsAt: string, endsAt: string, status: LeaveStatus, awaitingRole: Role | null, reason: string | null, emergency: boolean, exceptional: boolean, certificateRef: string | null, createdAt: string, requestedById: string | null, late: boolean, lateRules: Array<string> | null, lateAcceptedById: string | null, certificateDueOn: string | null, certificateMissing: boolean, availableActions: Array<LeaveAction>, staff: { id: string, name: string } | null, requestedBy: { id: string, name: string } | null };

export type SchedulingLeaveQueryVariables = Exact<{
  filter: LeaveRequestFilter | null | undefined;
}>;


export type SchedulingLeaveQuery = { leaveRequests: { items: Array<{ id: string, version: number, staffId: string, type: LeaveType, startsAt: string, endsAt: string, status: LeaveStatus, awaitingRole: Role | null, reason: string | null, emergency: boolean, exceptional: boolean, certificateRef: string | null, createdAt: string, requestedById: string | null, late: boolean, lateRules: Array<string> | null, lateAcceptedById: string | null, certificateDueOn: string | null, certificateMissing: boolean, availableActions: Array<LeaveAction>, staff: { id: string, name: string } | null, requestedBy: { id: string, name: string } | null }> } };

export type TrainingPlanSessionsQueryVariables = Exact<{
  id: string;
}>;


export type TrainingPlanSessionsQuery = { trainingPlan: { id: string, sessions: Array<{ id: string, heldOn: string, note: string | null, recordedBy: { id: string, name: string } | null, results: Array<{ staffId: string, attended: boolean, examScore: number | null, staff: { id: string, name: string } | null }> }> } | null };

export type CreateTrainingSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type CreateTrainingSessionMutation = { createTrainingSession: { id: string, heldOn: string } };

export type SettingFieldsFragment = { key: SettingKey, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: SettingArea, choices: Array<string> | null, updatedAt: string };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: Array<{ key: SettingKey, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: SettingArea, choices: Array<string> | null, updatedAt: string }> };

export type UpdateSettingMutationVariables = Exact<{
  key: SettingKey;
  version: number;
  value: number;
}>;


export type UpdateSettingMutation = { updateSetting: { key: SettingKey, value: number, version: number, defaultValue: number, min: number, max: number, unit: SettingUnit, area: SettingArea, choices: Array<string> | null, updatedAt: string } };

export type AgentWorkloadsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentWorkloadsQuery = { agentWorkloads: Array<{ customerCount: number, awaitingFirstContact: number, overdueFirstContacts: number, agent: { id: string, name: string, jobType: JobType | null, skillLevel: number } }> };
