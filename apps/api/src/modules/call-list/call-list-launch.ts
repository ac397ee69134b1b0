import {
  addDays,
  assertDraft,
  type CallListFilterDraft,
  callListLifecycles,
  CALL_LIST_LIMITS,
  callListStartDate,
  followUpPolicy,
  followUpTriggerKey,
  localDate,
  planCallListFollowUps,
  validateCallListPlan,
} from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { assertNoRuleViolations, assertValid, badUserInput, conflict } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordChanges } from '../audit';
import { readBusinessCalendar } from '../calendar';
import { applyCustomerFilter, Customer } from '../customer';
import { FollowUp, followUpRecord } from '../follow-up';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import { CallList } from './call-list.entity';
import type { LaunchCallListInput } from './call-list.inputs';
import { findActiveCallList, scriptOf } from './call-list-read';

/** Call lists plan in business time: the day's calling hours and the working days. */
export interface CallListContext extends ServiceContext {
  timeZone: string;
}

/** Rows per INSERT: well under the placeholder limits of both databases. */
const BATCH = 500;

/**
 * Launches a draft: its customers (as the filter picks them now) become follow-ups (trigger
 * CALL_LIST, key `CALL_LIST:<list>:<customer>`), dealt evenly to the agents, due by the end of their
 * planned day's calling hours. One transaction; the version check comes first and locks the list, so a
 * second launch waits and then answers CONFLICT. Follow-ups already there are skipped, never doubled.
 */
export async function launchCallList(ctx: CallListContext, id: string, version: number, input: LaunchCallListInput): Promise<CallList> {
  assertCan(ctx.viewer, 'callList', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findActiveCallList(manager, id);
    // A stale version answers CONFLICT before any rule: the client first needs the list as it is now.
    if (current.version !== version) throw conflict('CallList', id, current.version);
    assertNoRuleViolations('Only a draft call list is launched', assertDraft(current.status));
    const settings = readSettings(manager);
    const policy = followUpPolicy(await settings);
    const { startDate, violations: startViolations } = callListStartDate(input.startDate, now, ctx.timeZone, policy);
    assertValid(startViolations);
    const script = await scriptOf(manager, current.callScriptId);
    const agents = await activeAgents(manager, current.agentIds, 'id');
    const customerIds = await matchingCustomerIds(ctx, manager, current.filter, localDate(now, ctx.timeZone));
    // The list's own values are not in the launch's input: a violation names the list.
    const violations = validateCallListPlan(customerIds.length, current.agentIds, current.dailyQuota).map((violation) => ({ ...violation, field: 'id' }));
    assertNoRuleViolations('The call list cannot be launched', violations);
    const changes = { status: 'LAUNCHED' as const, launchedAt: now, startDate, customerCount: customerIds.length, callScriptRevision: script.revision };
    await updateVersioned(manager, CallList, 'CallList', id, version, changes, now);
    const roundsPerAgent = Math.ceil(customerIds.length / agents.length);
    const workingDays = Math.ceil(roundsPerAgent / current.dailyQuota);
    // Working days are at most 5 of 7, plus room for the long holidays (春节, 国庆).
    const calendar = await readBusinessCalendar(manager, ctx.timeZone, startDate, addDays(startDate, Math.ceil((workingDays * 7) / 5) + 30), settings);
    const plan = planCallListFollowUps(customerIds, current.agentIds, current.dailyQuota, startDate, { calendar, policy, timeZone: ctx.timeZone });
    const teamOf = new Map(agents.map((agent) => [agent.id, agent.teamId]));
    for (let from = 0; from < plan.length; from += BATCH) {
      const batch = plan.slice(from, from + BATCH).map((call) => ({ ...call, triggerKey: followUpTriggerKey('CALL_LIST', id, call.customerId) ?? '' }));
      const existing = new Set((await manager.find(FollowUp, { where: { triggerKey: In(batch.map((call) => call.triggerKey)) }, select: { triggerKey: true } })).map((row) => row.triggerKey));
      const records = batch
        .filter((call) => !existing.has(call.triggerKey))
        .map((call) =>
          followUpRecord({ customerId: call.customerId, contactId: null, trigger: 'CALL_LIST', sourceId: id, triggerKey: call.triggerKey, assigneeId: call.agentId, teamId: teamOf.get(call.agentId) ?? null, dueAt: call.dueAt, createdById: ctx.viewer.id, note: current.name, triggeredAt: now }),
        );
      if (records.length) await manager.insert(FollowUp, records);
    }
    await recordChanges(manager, auditTarget(ctx, 'callList', id, now), current, { ...current, ...changes }, ['status', 'customerCount', 'callScriptRevision', 'startDate']);
    return manager.findOneByOrFail(CallList, { id });
  });
}

/** The list's agents, each active; an unknown or inactive one is named by its position in `agentIds` (or by the list, at launch). */
export async function activeAgents(manager: EntityManager, agentIds: readonly string[], field?: 'id'): Promise<Array<Pick<Staff, 'id' | 'teamId'>>> {
  const staff = agentIds.length ? await manager.find(Staff, { where: { id: In([...agentIds]) }, select: { id: true, teamId: true, active: true } }) : [];
  const byId = new Map(staff.map((person) => [person.id, person]));
  const missing = agentIds.findIndex((agentId) => !byId.get(agentId)?.active);
  if (missing !== -1) throw badUserInput([{ rule: 'inactive', field: field ?? `agentIds.${missing}` }]);
  return agentIds.map((agentId) => byId.get(agentId) as Staff);
}

/** The customer list's own filter, plus the contract condition; ids in a stable order, one more than the limit at most. */
async function matchingCustomerIds(ctx: ServiceContext, manager: EntityManager, filter: CallListFilterDraft, today: string): Promise<string[]> {
  const query = manager.getRepository(Customer).createQueryBuilder('customer').select('customer.id', 'id');
  const lifecycle = callListLifecycles(filter);
  if (lifecycle?.length === 0) return [];
  await applyCustomerFilter(ctx, query, { tier: filter.tier, lifecycle, kind: filter.kind ? [filter.kind] : null, tag: filter.tag, ownerId: filter.ownerId });
  if (filter.contractEndingWithinDays != null) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM contract c WHERE c.customer_id = customer.id AND c.archived_at IS NULL AND c.stored_status = 'ACTIVE' AND c.end_date >= :today AND c.end_date <= :lastDay)",
      { today, lastDay: addDays(today, filter.contractEndingWithinDays) },
    );
  }
  const rows = await query.orderBy('customer.id', 'ASC').limit(CALL_LIST_LIMITS.customers + 1).getRawMany<{ id: string }>();
  return rows.map((row) => row.id);
}
