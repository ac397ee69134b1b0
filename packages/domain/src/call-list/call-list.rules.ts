import type { BusinessCalendar } from '../calendar/calendar.types';
import { atLocalTime } from '../calendar/local-time';
import { CUSTOMER_KINDS, CUSTOMER_TIERS, LIFECYCLE_STAGES, type LifecycleStage } from '../customer/customer.types';
import { planCallList, validateCallListAgents, validateDailyQuota } from '../follow-up/follow-up.call-list';
import type { FollowUpPolicy } from '../follow-up/follow-up.policy';
import { maxLength, notCleared, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import type { CallListCountRow, CallListDraft, CallListFilterDraft, CallListProgress, CallListStatus, CallListTally } from './call-list.types';

export const CALL_LIST_NAME_MAX = 100;
export const CONTRACT_ENDING_MAX_DAYS = 365;

/** A list as drafted: a name, a script, agents and a quota within limits, a filter that means something. */
export function validateCallList(draft: CallListDraft, mode: 'create' | 'update'): Violation[] {
  const agentIds = draft.agentIds;
  const filter = draft.filter;
  return [
    ...(mode === 'create'
      ? requiredText('name', draft.name)
      : [...notCleared('name', draft.name), ...(draft.name?.trim() === '' ? [{ rule: 'required', field: 'name' }] : [])]),
    ...maxLength('name', draft.name, CALL_LIST_NAME_MAX),
    ...(mode === 'create' ? requiredText('callScriptId', draft.callScriptId) : notCleared('callScriptId', draft.callScriptId)),
    ...(mode === 'create' || agentIds !== undefined ? validateCallListAgents(agentIds ?? []) : []),
    ...(mode === 'create' || draft.dailyQuota !== undefined ? validateDailyQuota(draft.dailyQuota ?? Number.NaN) : []),
    ...(filter ? validateCallListFilter(filter) : []),
  ];
}

function validateCallListFilter(filter: CallListFilterDraft): Violation[] {
  const days = filter.contractEndingWithinDays;
  return [
    ...(filter.tier ?? []).flatMap((tier) => oneOf('filter.tier', tier, CUSTOMER_TIERS)),
    ...(filter.lifecycle ?? []).flatMap((stage) => oneOf('filter.lifecycle', stage, LIFECYCLE_STAGES)),
    ...oneOf('filter.kind', filter.kind, CUSTOMER_KINDS),
    ...maxLength('filter.tag', filter.tag, 50),
    ...(days != null && (!Number.isInteger(days) || days < 0 || days > CONTRACT_ENDING_MAX_DAYS)
      ? [{ rule: 'outOfRange', field: 'filter.contractEndingWithinDays', params: { min: 0, max: CONTRACT_ENDING_MAX_DAYS } }]
      : []),
  ];
}

/** The lifecycle stages a filter keeps: "unverified" is 已注册未认证, narrowed by any stages also chosen. */
export function callListLifecycles(filter: CallListFilterDraft): LifecycleStage[] | null {
  const chosen = filter.lifecycle?.length ? filter.lifecycle : null;
  if (!filter.unverified) return chosen;
  return chosen ? chosen.filter((stage) => stage === 'REGISTERED') : ['REGISTERED'];
}

/** Only a draft changes or launches; a launched list is its follow-ups now. */
export function assertDraft(status: CallListStatus): Violation[] {
  return status === 'DRAFT' ? [] : [{ rule: 'launched', field: 'id' }];
}

export interface PlannedCall {
  customerId: string;
  agentId: string;
  /** The end of the planned day's last calling window: the day's calls are due by then. */
  dueAt: Date;
}

/** The list's customers dealt evenly to its agents (`planCallList`), each due by the end of its day's calling hours. */
export function planCallListFollowUps(
  customerIds: readonly string[],
  agentIds: readonly string[],
  dailyQuota: number,
  startDate: string,
  context: { calendar: BusinessCalendar; policy: FollowUpPolicy; timeZone: string },
): PlannedCall[] {
  const dayEnd = Math.max(...context.policy.workdayWindows.map(([, end]) => end));
  return planCallList(customerIds, agentIds, dailyQuota, startDate, context.calendar).map((entry) => ({
    customerId: entry.customerId,
    agentId: entry.agentId,
    dueAt: atLocalTime(entry.date, dayEnd, context.timeZone),
  }));
}

function tally(rows: readonly CallListCountRow[]): CallListTally {
  const sum = (statuses: readonly string[]) => rows.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + row.count, 0);
  return {
    total: sum(['OPEN', 'IN_PROGRESS', 'DONE', 'UNREACHABLE', 'CANCELLED']),
    done: sum(['DONE']),
    unreachable: sum(['UNREACHABLE']),
    open: sum(['OPEN', 'IN_PROGRESS']),
    cancelled: sum(['CANCELLED']),
  };
}

/** A list's progress, in all and per agent (agents in the order given: the list's own order). */
export function callListProgress(rows: readonly CallListCountRow[], agentIds: readonly string[]): CallListProgress {
  const agents = [...new Set([...agentIds, ...rows.map((row) => row.agentId)])];
  return { ...tally(rows), agents: agents.map((agentId) => ({ agentId, ...tally(rows.filter((row) => row.agentId === agentId)) })) };
}
