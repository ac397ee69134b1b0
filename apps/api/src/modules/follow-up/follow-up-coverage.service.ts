import {
  addDays,
  atLocalTime,
  type CarePeriod,
  type Coverage,
  followUpCoverage,
  followUpDueAt,
  followUpTriggerKey,
  KEY_CUSTOMER_TIERS,
  parseCarePeriod,
  spreadOverAssignees,
  type Violation,
} from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../db/paginate';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, badUserInput, contended, forbidden } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/db-errors';
import { newId } from '../../shared/ids';
import { assertCan } from '../../shared/viewer';
import { AuditEntry, auditTarget } from '../audit';
import { Customer } from '../customer';
import { Staff } from '../staff';
import { readCallRules } from './follow-up-rules';
import { followUpRecord } from './follow-up-triggers';
import { FollowUp } from './follow-up.entity';
import { type FollowUpContext, viewerTeamId } from './follow-up.service';

/** Ids given by hand at most; "all gaps" has no limit. */
export const COVERAGE_ASSIGN_LIMITS = { customerIds: 1000, assigneeIds: 50 } as const;
/** Rows per INSERT: well under the placeholder limits of both databases. */
const CHUNK = 500;

/** Which key customers and period: the team the viewer may see (a leader their own, managers any or all). */
export interface CoverageScope {
  period: CarePeriod;
  teamId: string | null;
  /** The period's first and next-period's first instant in business time. */
  from: Date;
  to: Date;
}

export interface CoverageResult extends Omit<Coverage, 'gaps'> {
  scope: CoverageScope;
  gaps: string[];
}

/** 100% of key customers followed up: a shift leader looks at their team, the managers at any team or the whole department. */
export async function coverageScope(ctx: FollowUpContext, periodKey: string, teamId: string | null | undefined): Promise<CoverageScope> {
  assertCan(ctx.viewer, 'followUp', 'assign');
  const period = parseCarePeriod(periodKey.trim());
  if (!period) throw badUserInput([{ rule: 'invalidPeriod', field: 'period' }]);
  let team = teamId ?? null;
  if (ctx.viewer.role === 'SHIFT_LEADER') {
    const own = await viewerTeamId(ctx);
    if (!own || (team && team !== own)) throw forbidden('followUp', 'assign', 'a shift leader sees the coverage of their own team');
    team = own;
  }
  return { period, teamId: team, from: atLocalTime(period.start, 0, ctx.timeZone), to: atLocalTime(addDays(period.end, 1), 0, ctx.timeZone) };
}

/** Two statements whatever the number of customers: the key customers in scope, and those of them with a follow-up done in the period. */
export async function computeCoverage(manager: EntityManager, scope: CoverageScope): Promise<CoverageResult> {
  const keyQuery = manager
    .getRepository(Customer)
    .createQueryBuilder('c')
    .select('c.id', 'id')
    .where('c.tier IN (:...tiers) AND c.archivedAt IS NULL', { tiers: KEY_CUSTOMER_TIERS })
    .orderBy('c.id', 'ASC');
  const doneQuery = manager
    .getRepository(FollowUp)
    .createQueryBuilder('fu')
    .select('DISTINCT fu.customerId', 'id')
    .innerJoin(Customer, 'c', 'c.id = fu.customerId')
    .where('c.tier IN (:...tiers) AND c.archivedAt IS NULL', { tiers: KEY_CUSTOMER_TIERS })
    .andWhere("fu.status = 'DONE' AND fu.archivedAt IS NULL AND fu.completedAt >= :from AND fu.completedAt < :to", { from: scope.from, to: scope.to });
  if (scope.teamId) {
    keyQuery.innerJoin(Staff, 's', 's.id = c.ownerId AND s.teamId = :teamId', { teamId: scope.teamId });
    doneQuery.innerJoin(Staff, 's', 's.id = c.ownerId AND s.teamId = :teamId', { teamId: scope.teamId });
  }
  const [keyRows, doneRows] = await Promise.all([keyQuery.getRawMany<{ id: string }>(), doneQuery.getRawMany<{ id: string }>()]);
  const coverage = followUpCoverage(
    keyRows.map((row) => row.id),
    new Set(doneRows.map((row) => row.id)),
  );
  return { ...coverage, scope };
}

/** One page of the gaps (offset paging: the list is computed whole, then cut). */
export function gapPage(gaps: readonly string[], page: PageInput | null | undefined): string[] {
  if (page?.after || page?.before) throw badUserInput([{ rule: 'invalidCursor', field: 'page' }]);
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) throw badUserInput([{ rule: 'outOfRange', field: 'page', params: { min: 1, max: MAX_PAGE_SIZE } }]);
  return gaps.slice(offset, offset + limit);
}

/** The open follow-ups (to call, in progress) of these customers: a gap already planned shows who calls. */
export async function openFollowUpsOf(manager: EntityManager, customerIds: readonly string[]): Promise<Map<string, FollowUp>> {
  if (customerIds.length === 0) return new Map();
  const rows = await manager.find(FollowUp, { where: { customerId: In([...customerIds]), status: In(['OPEN', 'IN_PROGRESS']), archivedAt: IsNull() }, order: { dueAt: 'ASC', id: 'ASC' } });
  const byCustomer = new Map<string, FollowUp>();
  for (const row of rows) if (!byCustomer.has(row.customerId)) byCustomer.set(row.customerId, row);
  return byCustomer;
}

export interface GapAssignment {
  period: string;
  teamId?: string | null;
  customerIds?: string[] | null;
  all?: boolean | null;
  assigneeIds: string[];
}

export interface GapAssignmentResult {
  created: number;
  /** Gaps that already had their care follow-up for the period (assigned earlier, or by the periodic job). */
  alreadyPlanned: number;
}

/**
 * 补回访: the gaps (all, or those named) become PERIODIC_CARE follow-ups spread evenly over the agents.
 * The key is the periodic job's (`PERIODIC_CARE:<customer>:<period>`): a gap assigned here is not
 * created again by the job, nor by a second assignment. A leader assigns within their team.
 */
export async function assignCoverageGaps(ctx: FollowUpContext, input: GapAssignment): Promise<GapAssignmentResult> {
  const manager = ctx.dataSource.manager;
  const scope = await coverageScope(ctx, input.period, input.teamId);
  const assigneeIds = [...new Set(input.assigneeIds)];
  const named = input.customerIds ? [...new Set(input.customerIds)] : null;
  const violations: Violation[] = [];
  if (!input.all && !named?.length) violations.push({ rule: 'required', field: 'customerIds' });
  if (input.all && named?.length) violations.push({ rule: 'allOrCustomerIds', field: 'customerIds' });
  if ((named?.length ?? 0) > COVERAGE_ASSIGN_LIMITS.customerIds) violations.push({ rule: 'tooMany', field: 'customerIds', params: { max: COVERAGE_ASSIGN_LIMITS.customerIds } });
  if (assigneeIds.length === 0) violations.push({ rule: 'required', field: 'assigneeIds' });
  if (assigneeIds.length > COVERAGE_ASSIGN_LIMITS.assigneeIds) violations.push({ rule: 'tooMany', field: 'assigneeIds', params: { max: COVERAGE_ASSIGN_LIMITS.assigneeIds } });
  assertValid(violations);
  const staff = await manager.find(Staff, { where: { id: In(assigneeIds), active: true }, select: { id: true, teamId: true } });
  const teamOf = new Map(staff.map((s) => [s.id, s.teamId ?? null]));
  assigneeIds.forEach((id, index) => {
    if (!teamOf.has(id)) violations.push({ rule: 'notFound', field: `assigneeIds.${index}` });
    else if (ctx.viewer.role === 'SHIFT_LEADER' && teamOf.get(id) !== scope.teamId) violations.push({ rule: 'notInTeam', field: `assigneeIds.${index}` });
  });
  const coverage = await computeCoverage(manager, scope);
  const gapSet = new Set(coverage.gaps);
  named?.forEach((id, index) => {
    if (!gapSet.has(id)) violations.push({ rule: 'notACoverageGap', field: `customerIds.${index}` });
  });
  assertValid(violations);
  const customers = named ?? coverage.gaps;
  const now = ctx.clock.now();
  const { policy } = await readCallRules(manager, ctx.timeZone, now);
  const keyOf = (customerId: string) => followUpTriggerKey('PERIODIC_CARE', customerId, scope.period.key) as string;
  try {
    return await ctx.dataSource.transaction(async (tx) => {
      const planned = new Set<string>();
      for (let i = 0; i < customers.length; i += CHUNK) {
        const keys = customers.slice(i, i + CHUNK).map(keyOf);
        const rows = await tx.find(FollowUp, { where: { triggerKey: In(keys) }, select: { id: true, triggerKey: true } });
        for (const row of rows) planned.add(row.triggerKey as string);
      }
      const toCreate = customers.filter((id) => !planned.has(keyOf(id)));
      const records = spreadOverAssignees(toCreate, assigneeIds).map(({ item, assigneeId }) =>
        followUpRecord({
          customerId: item,
          contactId: null,
          trigger: 'PERIODIC_CARE',
          sourceId: item,
          triggerKey: keyOf(item),
          assigneeId,
          teamId: teamOf.get(assigneeId) ?? null,
          dueAt: followUpDueAt(now, policy),
          createdById: ctx.viewer.id,
          note: null,
          triggeredAt: now,
        }),
      );
      for (let i = 0; i < records.length; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        await tx.insert(FollowUp, chunk);
        await tx.insert(
          AuditEntry,
          chunk.map((record) => ({ id: newId(now.getTime()), ...auditTarget(ctx, 'followUp', record.id, now), action: 'CREATE' as const, field: null, oldValue: null, newValue: record.customerId })),
        );
      }
      return { created: records.length, alreadyPlanned: customers.length - toCreate.length };
    });
  } catch (error) {
    // Another assignment (or the periodic job) created some of the same follow-ups meanwhile: nothing
    // of this one was written, and a second try skips what now exists.
    if (isUniqueViolation(error)) throw contended();
    throw error;
  }
}
