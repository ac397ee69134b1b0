import { isWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, localDate, localMinute } from '../calendar/local-time';
import type { Violation } from '../violation';
import type { FollowUpPolicy } from './follow-up.policy';

export interface CallListPlanEntry {
  customerId: string;
  agentId: string;
  /** The working day the call is planned for. */
  date: string;
}

export const CALL_LIST_LIMITS = { customers: 20_000, agents: 200, dailyQuota: 500 } as const;

export function validateCallListPlan(customerCount: number, agentIds: readonly string[], dailyQuota: number): Violation[] {
  return [
    ...(customerCount === 0 ? [{ rule: 'noCustomers', field: 'filter' }] : []),
    ...(customerCount > CALL_LIST_LIMITS.customers ? [{ rule: 'tooMany', field: 'filter', params: { max: CALL_LIST_LIMITS.customers } }] : []),
    ...validateCallListAgents(agentIds),
    ...validateDailyQuota(dailyQuota),
  ];
}

export function validateCallListAgents(agentIds: readonly string[]): Violation[] {
  return [
    ...(agentIds.length === 0 ? [{ rule: 'required', field: 'agentIds' }] : []),
    ...(agentIds.length > CALL_LIST_LIMITS.agents ? [{ rule: 'tooMany', field: 'agentIds', params: { max: CALL_LIST_LIMITS.agents } }] : []),
    ...(new Set(agentIds).size !== agentIds.length ? [{ rule: 'duplicate', field: 'agentIds' }] : []),
  ];
}

export function validateDailyQuota(dailyQuota: number): Violation[] {
  return !Number.isInteger(dailyQuota) || dailyQuota < 1 || dailyQuota > CALL_LIST_LIMITS.dailyQuota
    ? [{ rule: 'outOfRange', field: 'dailyQuota', params: { min: 1, max: CALL_LIST_LIMITS.dailyQuota } }]
    : [];
}

/**
 * 外呼任务: the customers dealt to the agents in turn (so no agent has more than one call more than
 * another), each agent's calls laid over working days from `startDate`, at most `dailyQuota` a day.
 */
export function planCallList(customerIds: readonly string[], agentIds: readonly string[], dailyQuota: number, startDate: string, calendar: BusinessCalendar): CallListPlanEntry[] {
  const workingDays: string[] = [];
  const daysNeeded = Math.ceil(Math.ceil(customerIds.length / agentIds.length) / dailyQuota);
  for (let date = startDate; workingDays.length < daysNeeded; date = addDays(date, 1)) {
    if (isWorkingDay(date, calendar)) workingDays.push(date);
  }
  return customerIds.map((customerId, index) => {
    const round = Math.floor(index / agentIds.length);
    return { customerId, agentId: agentIds[index % agentIds.length], date: workingDays[Math.floor(round / dailyQuota)] };
  });
}

/**
 * The first calling day of a launch: the date given, never before today; without one, today while
 * today's calling hours last (up to the end of the latest working-day window), else tomorrow.
 */
export function callListStartDate(given: string | null | undefined, now: Date, timeZone: string, policy: Pick<FollowUpPolicy, 'workdayWindows'>): { startDate: string; violations: Violation[] } {
  const today = localDate(now, timeZone);
  if (given) return { startDate: given, violations: given < today ? [{ rule: 'beforeToday', field: 'startDate' }] : [] };
  const dayEndMinute = Math.max(...policy.workdayWindows.map(([, end]) => end));
  return { startDate: localMinute(now, timeZone) < dayEndMinute ? today : addDays(today, 1), violations: [] };
}
