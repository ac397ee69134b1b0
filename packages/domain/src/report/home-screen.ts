import type { Role } from '../staff/staff.types';

/**
 * 首页: what each role should do now, in the order shown. Each item is a count with a link into
 * the list it counts (the API counts by running that very list query, so the two cannot disagree).
 * This month's report status joins when the monthly report exists (decision 0035 names the extension point).
 */
export const HOME_ITEM_KEYS = [
  'FIRST_CONTACTS_DUE',
  'FOLLOW_UPS_DUE_TODAY',
  'MY_OPEN_COMPLAINTS',
  'MY_OVERDUE_COMPLAINTS',
  'MY_URGED_COMPLAINTS',
  'MY_SHIFTS_THIS_WEEK',
  'ESCALATIONS_AWAITING_OPINION',
  'ON_DUTY_NOW',
  'SWAPS_AWAITING_ME',
  'LEAVE_AWAITING_ME',
  'HANDOVERS_TO_ACKNOWLEDGE',
  'TEAM_LONG_OPEN_COMPLAINTS',
  'APPROVALS',
  'OVERDUE_COMPLAINTS',
  'AGENTS_IN_WORKLOAD',
  'KEY_CUSTOMER_COVERAGE_GAPS',
  'ACTIVE_USERS',
  'SETTINGS',
  'HOLIDAY_YEARS_MISSING',
  'UNREAD_NOTICES',
  'QA_AGENTS_UNDER_QUOTA',
  'QA_DISPUTES',
] as const;
export type HomeItemKey = (typeof HOME_ITEM_KEYS)[number];

const AGENT: HomeItemKey[] = [
  'FIRST_CONTACTS_DUE',
  'FOLLOW_UPS_DUE_TODAY',
  'MY_OPEN_COMPLAINTS',
  'MY_OVERDUE_COMPLAINTS',
  'MY_URGED_COMPLAINTS',
  'MY_SHIFTS_THIS_WEEK',
  'UNREAD_NOTICES',
];
const LEADER: HomeItemKey[] = [
  'ESCALATIONS_AWAITING_OPINION',
  'ON_DUTY_NOW',
  'SWAPS_AWAITING_ME',
  'HANDOVERS_TO_ACKNOWLEDGE',
  'TEAM_LONG_OPEN_COMPLAINTS',
  'FOLLOW_UPS_DUE_TODAY',
  'MY_SHIFTS_THIS_WEEK',
  'UNREAD_NOTICES',
];
const MANAGER: HomeItemKey[] = [
  'APPROVALS',
  'LEAVE_AWAITING_ME',
  'ESCALATIONS_AWAITING_OPINION',
  'OVERDUE_COMPLAINTS',
  'AGENTS_IN_WORKLOAD',
  'KEY_CUSTOMER_COVERAGE_GAPS',
  'TEAM_LONG_OPEN_COMPLAINTS',
  'QA_AGENTS_UNDER_QUOTA',
  'QA_DISPUTES',
];

const BY_ROLE: Record<Role, readonly HomeItemKey[]> = {
  AGENT,
  SHIFT_LEADER: LEADER,
  QA_INSPECTOR: ['QA_AGENTS_UNDER_QUOTA', 'QA_DISPUTES', 'UNREAD_NOTICES', 'MY_SHIFTS_THIS_WEEK'],
  DEPT_MANAGER: MANAGER,
  CENTER_DIRECTOR: MANAGER,
  ADMIN: ['ACTIVE_USERS', 'SETTINGS', 'HOLIDAY_YEARS_MISSING'],
};

/** The home screen's items of a role, in order. */
export function homeItemsFor(role: Role): readonly HomeItemKey[] {
  return BY_ROLE[role];
}

/** Items that ask for action when their count is not zero (shown highlighted); the others are information. */
export const HOME_ACTION_ITEMS: ReadonlySet<HomeItemKey> = new Set([
  'FIRST_CONTACTS_DUE',
  'FOLLOW_UPS_DUE_TODAY',
  'MY_OVERDUE_COMPLAINTS',
  'MY_URGED_COMPLAINTS',
  'ESCALATIONS_AWAITING_OPINION',
  'SWAPS_AWAITING_ME',
  'LEAVE_AWAITING_ME',
  'HANDOVERS_TO_ACKNOWLEDGE',
  'TEAM_LONG_OPEN_COMPLAINTS',
  'APPROVALS',
  'OVERDUE_COMPLAINTS',
  'KEY_CUSTOMER_COVERAGE_GAPS',
  'HOLIDAY_YEARS_MISSING',
  'UNREAD_NOTICES',
  'QA_AGENTS_UNDER_QUOTA',
  'QA_DISPUTES',
]);
