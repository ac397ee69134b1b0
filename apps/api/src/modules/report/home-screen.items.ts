import { addDays, atLocalTime, type HomeItemKey, localDate, weekStartOf } from '@sanxin/domain';

/** What an item's query may use: the moment, the business day and its bounds, the viewer. */
export interface HomeMoment {
  now: Date;
  today: string;
  endOfToday: Date;
  weekStart: Date;
  weekEnd: Date;
  month: string;
  nextYear: number;
  viewerId: string;
  teamId: string | null;
}

export function homeMoment(now: Date, timeZone: string, viewerId: string, teamId: string | null): HomeMoment {
  const today = localDate(now, timeZone);
  const monday = weekStartOf(today);
  return {
    now,
    today,
    endOfToday: atLocalTime(addDays(today, 1), 0, timeZone),
    weekStart: atLocalTime(monday, 0, timeZone),
    weekEnd: atLocalTime(addDays(monday, 7), 0, timeZone),
    month: today.slice(0, 7),
    nextYear: Number(today.slice(0, 4)) + 1,
    viewerId,
    teamId,
  };
}

/**
 * One home item: the list query it counts (run through the schema as the viewer, so the count is
 * what the list shows), how to read the count, and where the console opens that list (`route`, and
 * `filter`: the list's filter, which the console puts in the address as react-admin does).
 */
export interface HomeItemSpec {
  query: string;
  variables(m: HomeMoment): Record<string, unknown>;
  count(data: Record<string, any>): number;
  route: string;
  filter?(m: HomeMoment): Record<string, unknown>;
}

// One row: only `total` is read (a page needs at least one).
const TOTAL = { limit: 1 };
const OPEN_FOLLOW_UP = ['OPEN', 'IN_PROGRESS'];

const listTotal = (field: string, filterType: string, route: string, filter: (m: HomeMoment) => Record<string, unknown>): HomeItemSpec => ({
  query: `query($filter: ${filterType}, $page: PageInput) { ${field}(filter: $filter, page: $page) { total } }`,
  variables: (m) => ({ filter: filter(m), page: TOTAL }),
  count: (data) => data[field].total,
  route,
  filter,
});

export const HOME_ITEMS: Record<HomeItemKey, HomeItemSpec> = {
  FIRST_CONTACTS_DUE: {
    query: 'query($page: PageInput) { overdueFirstContacts(page: $page) { total } }',
    variables: () => ({ page: TOTAL }),
    count: (data) => data.overdueFirstContacts.total,
    route: '/my-first-contacts',
  },
  // The calling window decides when to call, not whether the call is due today: the follow-up list orders by it.
  FOLLOW_UPS_DUE_TODAY: listTotal('followUps', 'FollowUpFilter', '/followUps', (m) => ({
    mine: true,
    status: OPEN_FOLLOW_UP,
    dueAtTo: m.endOfToday.toISOString(),
  })),
  MY_OPEN_COMPLAINTS: listTotal('complaints', 'ComplaintFilter', '/complaints', () => ({ mine: true, open: true })),
  MY_OVERDUE_COMPLAINTS: listTotal('complaints', 'ComplaintFilter', '/complaints', () => ({ mine: true, overdue: true })),
  MY_URGED_COMPLAINTS: {
    query: 'query($page: PageInput) { myInbox { urged(page: $page) { total } } }',
    variables: () => ({ page: TOTAL }),
    count: (data) => data.myInbox.urged.total,
    route: '/inbox',
  },
  MY_SHIFTS_THIS_WEEK: {
    query: 'query($filter: ShiftAssignmentFilter, $page: PageInput) { shiftAssignments(filter: $filter, page: $page) { total } }',
    variables: (m) => ({ filter: { mine: true, endsAtFrom: m.weekStart.toISOString(), startsAtTo: m.weekEnd.toISOString() }, page: TOTAL }),
    count: (data) => data.shiftAssignments.total,
    route: '/my-schedule',
  },
  ESCALATIONS_AWAITING_OPINION: {
    query: 'query($page: PageInput) { myInbox { escalations(page: $page) { total } } }',
    variables: () => ({ page: TOTAL }),
    count: (data) => data.myInbox.escalations.total,
    route: '/inbox',
  },
  ON_DUTY_NOW: {
    query: 'query($at: DateTimeISO!, $teamId: ID) { onDuty(at: $at, teamId: $teamId) { __typename } }',
    variables: (m) => ({ at: m.now.toISOString(), teamId: m.teamId }),
    count: (data) => data.onDuty.length,
    route: '/roster',
  },
  SWAPS_AWAITING_ME: listTotal('shiftSwapRequests', 'ShiftSwapRequestFilter', '/shiftSwapRequests', () => ({ awaitingMe: true })),
  LEAVE_AWAITING_ME: listTotal('leaveRequests', 'LeaveRequestFilter', '/leaveRequests', () => ({ awaitingMe: true })),
  HANDOVERS_TO_ACKNOWLEDGE: listTotal('handoverLogs', 'HandoverLogFilter', '/handoverLogs', (m) => ({
    unacknowledged: true,
    ...(m.teamId ? { teamId: m.teamId } : {}),
  })),
  TEAM_LONG_OPEN_COMPLAINTS: {
    query: 'query { dailyReport { longOpenTotal } }',
    variables: () => ({}),
    count: (data) => data.dailyReport.longOpenTotal,
    route: '/reports/daily',
  },
  APPROVALS: {
    query: 'query($page: PageInput) { myInbox { approvals(page: $page) { total } } }',
    variables: () => ({ page: TOTAL }),
    count: (data) => data.myInbox.approvals.total,
    route: '/inbox',
  },
  OVERDUE_COMPLAINTS: {
    query: 'query($filter: ComplaintFilter, $page: PageInput) { complaints(filter: $filter, page: $page) { total } }',
    variables: () => ({ filter: { overdue: true }, page: TOTAL }),
    count: (data) => data.complaints.total,
    route: '/complaints-overdue',
  },
  AGENTS_IN_WORKLOAD: {
    query: 'query { agentWorkloads { __typename } }',
    variables: () => ({}),
    count: (data) => data.agentWorkloads.length,
    route: '/workload',
  },
  KEY_CUSTOMER_COVERAGE_GAPS: {
    query: 'query($period: String!) { followUpCoverage(period: $period, page: { limit: 1 }) { gapCount } }',
    variables: (m) => ({ period: m.month }),
    count: (data) => data.followUpCoverage.gapCount,
    route: '/follow-up-coverage',
  },
  ACTIVE_USERS: listTotal('staffMembers', 'StaffFilter', '/staffMembers', () => ({ active: true })),
  SETTINGS: {
    query: 'query { settings { __typename } }',
    variables: () => ({}),
    count: (data) => data.settings.length,
    route: '/settings',
  },
  UNREAD_NOTICES: listTotal('notices', 'NoticeFilter', '/notices', () => ({ awaitingMe: true })),
  // The queue's UNDER rows counted alone: the queue itself draws every agent's sample (decision 0046).
  QA_AGENTS_UNDER_QUOTA: {
    query: 'query($month: String!) { qualityAgentsUnderQuota(month: $month) }',
    variables: (m) => ({ month: m.month }),
    count: (data) => data.qualityAgentsUnderQuota,
    route: '/quality/workspace',
  },
  QA_DISPUTES: listTotal('qualityEvaluations', 'QualityEvaluationFilter', '/qualityEvaluations', () => ({ status: ['DISPUTED'] })),
  HOLIDAY_YEARS_MISSING: {
    query: 'query { holidayCalendarStatus { missingYears } }',
    variables: () => ({}),
    count: (data) => data.holidayCalendarStatus.missingYears.length,
    route: '/holiday-import',
  },
};
