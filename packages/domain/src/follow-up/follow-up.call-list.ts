import { isWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays } from '../calendar/local-time';
import type { Violation } from '../violation';

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
