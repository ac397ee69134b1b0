import {
  type AgentCandidate,
  type AssignmentPolicy,
  canAccess,
  type CustomerSuggestion,
  canOwnCustomers,
  closesFirstContact,
  firstContactDueAt,
  maxLength,
  requiredText,
  suggestAssignments,
  type Violation,
} from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { AppError, assertValid, badUserInput, forbidden, ruleViolation } from '../../shared/errors';
import { groupBy } from '../../shared/group-by';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { sqlDate } from '../../shared/sql-date';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordFieldChanges } from '../audit';
import { Customer } from '../customer';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import type { CustomerAssignmentFilter, CustomerAssignmentSort, CustomerAssignmentSortField } from './assignment.inputs';
import { CustomerAssignment } from './customer-assignment.entity';

const SORT_COLUMNS: Record<CustomerAssignmentSortField, SortColumn<CustomerAssignment>> = {
  ASSIGNED_AT: { sql: 'assignment.assignedAt', read: (a) => a.assignedAt, isDate: true },
  FIRST_CONTACT_DUE_AT: { sql: 'assignment.firstContactDueAt', read: (a) => a.firstContactDueAt, isDate: true },
};
const MAX_BATCH = 1000;

export async function listAssignments(
  ctx: ServiceContext,
  filter: CustomerAssignmentFilter | null | undefined,
  sort: CustomerAssignmentSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<CustomerAssignment>> {
  assertCan(ctx.viewer, 'customer', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(CustomerAssignment).createQueryBuilder('assignment');
  whereIds(query, 'assignment', f.ids);
  if (f.customerId) query.andWhere('assignment.customerId = :customerId', { customerId: f.customerId });
  if (f.agentId) query.andWhere('assignment.agentId = :agentId', { agentId: f.agentId });
  if (f.mine) query.andWhere('assignment.agentId = :viewerId', { viewerId: ctx.viewer.id });
  if (f.awaitingFirstContact || f.overdue) query.andWhere('assignment.endedAt IS NULL AND assignment.firstContactedAt IS NULL');
  if (f.overdue) query.andWhere('assignment.firstContactDueAt < :now', { now: ctx.clock.now() });
  return paginate({
    query,
    alias: 'assignment',
    columns: SORT_COLUMNS,
    sort,
    defaultSort: [{ field: 'ASSIGNED_AT', direction: SortDirection.DESC }],
    page,
  });
}

export async function getAssignment(ctx: ServiceContext, id: string): Promise<CustomerAssignment | null> {
  assertCan(ctx.viewer, 'customer', 'show');
  return ctx.dataSource.getRepository(CustomerAssignment).findOneBy({ id });
}

/** Ranked agents per customer, for a manager deciding (or for autoAssign to follow). */
export async function suggestFor(ctx: ServiceContext, customerIds: string[]): Promise<CustomerSuggestion[]> {
  assertCan(ctx.viewer, 'customer', 'assign');
  const manager = ctx.dataSource.manager;
  const customers = await findCustomers(manager, customerIds);
  const [agents, policy] = await Promise.all([loadAgents(manager), loadPolicy(manager)]);
  return suggestAssignments(customers, agents, policy);
}

/** 分配: the customers go to one agent, all of them or none; each opens a first-contact deadline. */
export async function assignCustomers(ctx: ServiceContext, customerIds: string[], agentId: string, reason: string): Promise<CustomerAssignment[]> {
  assertCan(ctx.viewer, 'customer', 'assign');
  assertValid(reasonViolations(reason));
  const agent = await ctx.dataSource.getRepository(Staff).findOneBy({ id: agentId });
  const violation: Violation | null = !agent ? { rule: 'notFound', field: 'agentId' } : canOwnCustomers(agent) ? null : { rule: 'inactive', field: 'agentId' };
  if (violation) throw badUserInput([violation]);
  const customers = await findCustomers(ctx.dataSource.manager, customerIds);
  return ctx.dataSource.transaction((manager) =>
    applyAssignments(ctx, manager, customers.map((customer) => ({ customer, agentId })), reason.trim()),
  );
}

/** Follows the suggestions; if any customer has no qualified agent, nothing is assigned. */
export async function autoAssign(ctx: ServiceContext, customerIds: string[], reason: string | null | undefined): Promise<CustomerAssignment[]> {
  const suggestions = await suggestFor(ctx, customerIds);
  const unplaceable = suggestions.filter((s) => s.agents.length === 0).map((s) => s.customerId);
  if (unplaceable.length) {
    throw ruleViolation(
      'No active agent is qualified for some customers',
      unplaceable.map((customerId) => ({ rule: 'noQualifiedAgent', field: 'customerIds', params: { customerId } })),
    );
  }
  const customers = new Map((await findCustomers(ctx.dataSource.manager, customerIds)).map((c) => [c.id, c]));
  const text = reason?.trim() || '按负载与技能自动分配';
  return ctx.dataSource.transaction((manager) =>
    applyAssignments(ctx, manager, suggestions.map((s) => ({ customer: customers.get(s.customerId) as Customer, agentId: s.agents[0].agentId })), text),
  );
}

async function applyAssignments(
  ctx: ServiceContext,
  manager: EntityManager,
  moves: Array<{ customer: Customer; agentId: string }>,
  reason: string,
): Promise<CustomerAssignment[]> {
  const now = ctx.clock.now();
  const changing = moves.filter((move) => move.customer.ownerId !== move.agentId);
  for (const [agentId, group] of groupBy(changing, (move) => move.agentId)) {
    const ids = group.map((move) => move.customer.id);
    const result = await manager
      .createQueryBuilder()
      .update(Customer)
      .set({ ownerId: agentId, version: () => 'version + 1', updatedAt: now })
      .where('id IN (:...ids) AND archived_at IS NULL', { ids })
      .execute();
    if (result.affected !== ids.length) throw new AppError('CONFLICT', 'Some customers were archived meanwhile; nothing was assigned');
  }
  const assignments = await openAssignments(
    ctx,
    manager,
    changing.map(({ customer, agentId }) => ({ customerId: customer.id, previousAgentId: customer.ownerId, agentId })),
    reason,
  );
  await recordFieldChanges(
    manager,
    assignments.map((a) => ({ ...auditTarget(ctx, 'customer', a.customerId, now), field: 'ownerId', oldValue: a.previousAgentId, newValue: a.agentId })),
  );
  return assignments;
}

/**
 * Records new owners as assignments (the customers' owner_id is the caller's to set): the previous
 * assignment ends, the history stays, and a first-contact deadline opens.
 */
export async function openAssignments(
  ctx: ServiceContext,
  manager: EntityManager,
  moves: Array<{ customerId: string; previousAgentId: string | null; agentId: string }>,
  reason: string,
): Promise<CustomerAssignment[]> {
  if (moves.length === 0) return [];
  const now = ctx.clock.now();
  const { 'assignment.firstContactDays': days } = await readSettings(manager);
  const customerIds = moves.map((move) => move.customerId);
  await manager.createQueryBuilder().update(CustomerAssignment).set({ endedAt: now, updatedAt: now }).where('customer_id IN (:...customerIds) AND ended_at IS NULL', { customerIds }).execute();
  const assignments = moves.map((move) =>
    Object.assign(new CustomerAssignment(), {
      ...newRecord(now),
      ...move,
      assignedById: ctx.viewer.id,
      reason,
      assignedAt: now,
      firstContactDueAt: firstContactDueAt(now, days),
      firstContactedAt: null,
      firstContactInteractionId: null,
      endedAt: null,
    }),
  );
  for (let start = 0; start < assignments.length; start += 500) await manager.insert(CustomerAssignment, assignments.slice(start, start + 500));
  return assignments;
}

/**
 * Closes the first-contact deadline when the assignee calls, visits or writes to the customer at or
 * after the assignment (the domain's closesFirstContact). The row is touched at `now`, the time of
 * the write: an interaction logged late keeps its own date but never moves updatedAt into the past.
 */
export async function recordFirstContact(manager: EntityManager, interaction: { id: string; customerId: string; staffId: string; occurredAt: Date; direction: string }, now: Date): Promise<void> {
  if (interaction.direction !== 'OUTBOUND') return;
  const open = await manager.find(CustomerAssignment, { where: { customerId: interaction.customerId, agentId: interaction.staffId, endedAt: IsNull(), firstContactedAt: IsNull() } });
  const closed = open.filter((assignment) => closesFirstContact(assignment, interaction));
  if (closed.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(CustomerAssignment)
    .set({ firstContactedAt: interaction.occurredAt, firstContactInteractionId: interaction.id, version: () => 'version + 1', updatedAt: now })
    .where('id IN (:...ids) AND first_contacted_at IS NULL', { ids: closed.map((assignment) => assignment.id) })
    .execute();
}

export interface Workload {
  agent: Staff;
  customerCount: number;
  contractCount: number;
  awaitingFirstContact: number;
  overdueFirstContacts: number;
}

/** Customers, contracts and open first contacts per active agent: grouped queries, whatever the team size. */
export async function agentWorkloads(ctx: ServiceContext): Promise<Workload[]> {
  if (!canAccess(ctx.viewer.role, 'customer', 'assign') && ctx.viewer.role !== 'SHIFT_LEADER') throw forbidden('customer', 'assign', 'viewing workloads');
  const manager = ctx.dataSource.manager;
  const agents = (await manager.find(Staff, { where: { role: 'AGENT', active: true }, order: { name: 'ASC' } })).filter(canOwnCustomers);
  const customers = await customerCountsByOwner(manager);
  const contracts = await countBy(manager, "SELECT owner_id AS id, COUNT(*) AS n FROM contract WHERE archived_at IS NULL AND stored_status IN ('DRAFT', 'ACTIVE') GROUP BY owner_id");
  const open = 'SELECT agent_id AS id, COUNT(*) AS n FROM customer_assignment WHERE ended_at IS NULL AND first_contacted_at IS NULL';
  const awaiting = await countBy(manager, `${open} GROUP BY agent_id`);
  const overdue = await countBy(manager, `${open} AND first_contact_due_at < ? GROUP BY agent_id`, [sqlDate(manager, ctx.clock.now())]);
  return agents.map((agent) => ({
    agent,
    customerCount: customers.get(agent.id) ?? 0,
    contractCount: contracts.get(agent.id) ?? 0,
    awaitingFirstContact: awaiting.get(agent.id) ?? 0,
    overdueFirstContacts: overdue.get(agent.id) ?? 0,
  }));
}

function customerCountsByOwner(manager: EntityManager): Promise<Map<string, number>> {
  return countBy(manager, 'SELECT owner_id AS id, COUNT(*) AS n FROM customer WHERE archived_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id');
}

async function countBy(manager: EntityManager, sql: string, params: unknown[] = []): Promise<Map<string, number>> {
  const rows: Array<{ id: string; n: number | string }> = await manager.query(sql, params);
  return new Map(rows.map((row) => [row.id, Number(row.n)]));
}

async function findCustomers(manager: EntityManager, ids: string[]): Promise<Customer[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_BATCH) {
    throw badUserInput([{ rule: 'outOfRange', field: 'customerIds', params: { min: 1, max: MAX_BATCH } }]);
  }
  const found = await manager.find(Customer, { where: { id: In(unique), archivedAt: IsNull() }, select: { id: true, tier: true, ownerId: true, version: true } });
  const missing = unique.filter((id) => !found.some((c) => c.id === id));
  if (missing.length) throw badUserInput(missing.map((id) => ({ rule: 'notFound', field: 'customerIds', params: { id } })));
  return unique.map((id) => found.find((c) => c.id === id) as Customer);
}

async function loadAgents(manager: EntityManager): Promise<AgentCandidate[]> {
  const agents = await manager.find(Staff, { where: { role: 'AGENT', active: true } });
  const counts = await customerCountsByOwner(manager);
  return agents.map((a) => ({ id: a.id, role: a.role, active: a.active, jobType: a.jobType, skillLevel: a.skillLevel, customerCount: counts.get(a.id) ?? 0 }));
}

async function loadPolicy(manager: EntityManager): Promise<AssignmentPolicy> {
  const settings = await readSettings(manager);
  return { minSkill: { A: settings['assignment.minSkillForTierA'], B: settings['assignment.minSkillForTierB'], C: 1 } };
}

function reasonViolations(reason: string): Violation[] {
  return [...requiredText('reason', reason), ...maxLength('reason', reason, 500)];
}
