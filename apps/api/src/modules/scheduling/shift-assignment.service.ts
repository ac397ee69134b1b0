import { canAccess, hardRuleViolations, leaderOnDuty, type PlacedShift, type Violation } from '@sanxin/domain';
import { type EntityManager, In, LessThan, MoreThan } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertNoRuleViolations, badUserInput, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Staff } from '../staff';
import { LeaveRequest } from './leave-request.entity';
import { Roster } from './roster.entity';
import { assertRosterEditable, findRosterPeople, findShiftWithType, shiftsOfStaff } from './roster-queries';
import { type SchedulingContext, placed, readPolicy } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { Shift } from './shift.entity';
import type { CreateShiftAssignmentInput, ShiftAssignmentFilter, ShiftAssignmentSort, UpdateShiftAssignmentInput } from './shift-assignment.inputs';
import { assertCanManageTeam } from './team-access';

const DAY = 24 * 3_600_000;
const SORT_COLUMNS: Record<'STARTS_AT', SortColumn<ShiftAssignment>> = { STARTS_AT: { sql: 'assignment.startsAt', read: (a) => a.startsAt, isDate: true } };

export async function listShiftAssignments(ctx: SchedulingContext, filter: ShiftAssignmentFilter | null | undefined, sort: ShiftAssignmentSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<ShiftAssignment>> {
  assertCan(ctx.viewer, 'shift', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource
    .getRepository(ShiftAssignment)
    .createQueryBuilder('assignment')
    .innerJoin(Shift, 'shift', 'shift.id = assignment.shift_id')
    .innerJoin(Roster, 'roster', 'roster.id = shift.roster_id');
  // Drafts are work in progress of leaders and managers, as for shifts.
  if (!canAccess(ctx.viewer.role, 'shift', 'create')) query.andWhere("roster.status = 'PUBLISHED'");
  whereIds(query, 'assignment', f.ids);
  if (f.shiftId) query.andWhere('assignment.shiftId = :shiftId', { shiftId: f.shiftId });
  if (f.staffId) query.andWhere('assignment.staffId = :staffId', { staffId: f.staffId });
  if (f.mine) query.andWhere('assignment.staffId = :viewerId', { viewerId: ctx.viewer.id });
  // An overlap of [endsAtFrom, startsAtTo): a shift ending exactly at endsAtFrom does not overlap it.
  const endsAtFrom = f.endsAtFrom ?? f.from;
  const startsAtTo = f.startsAtTo ?? f.to;
  if (endsAtFrom) query.andWhere('assignment.endsAt > :endsAtFrom', { endsAtFrom });
  if (startsAtTo) query.andWhere('assignment.startsAt < :startsAtTo', { startsAtTo });
  return paginate({ query, alias: 'assignment', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'STARTS_AT', direction: SortDirection.ASC }], page });
}

/** Puts a person on a shift of a draft month by hand (published: INVALID_TRANSITION): unknown staff is bad input; overlaps, too little rest, a night too many or leave are RULE_VIOLATION. */
export async function createShiftAssignment(ctx: SchedulingContext, input: CreateShiftAssignmentInput): Promise<ShiftAssignment> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { shift, type } = await findShiftWithType(manager, input.shiftId);
    await assertCanManageTeam(ctx, manager, shift.teamId, 'shift', 'edit');
    assertRosterEditable(await manager.findOneByOrFail(Roster, { id: shift.rosterId }));
    const people = await findRosterPeople(manager, [input.staffId], 'staffId');
    assertNoRuleViolations('The assignment breaks roster rules', [
      ...(await newViolations(manager, input.staffId, placed(shift, type))),
      ...leaderViolations(input.isLeaderOnDuty ?? false, people.get(input.staffId)?.role),
    ]);
    if (input.isLeaderOnDuty) await clearLeaderOnDuty(manager, shift.id, now);
    const assignment = Object.assign(new ShiftAssignment(), {
      ...newRecord(now),
      shiftId: shift.id,
      staffId: input.staffId,
      isLeaderOnDuty: input.isLeaderOnDuty ?? false,
      swapRequestId: null,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
    });
    await manager.insert(ShiftAssignment, assignment).catch((error) => {
      throw isUniqueViolation(error) ? badUserInput([{ rule: 'duplicate', field: 'staffId' }]) : error;
    });
    await recordAction(manager, auditTarget(ctx, 'shiftAssignment', assignment.id, now), 'CREATE', { newValue: `${input.staffId} @ ${shift.date}` });
    return assignment;
  });
}

/** Marks (or unmarks) the leader on duty; there is at most one per shift. */
export async function updateShiftAssignment(ctx: SchedulingContext, id: string, version: number, input: UpdateShiftAssignmentInput): Promise<ShiftAssignment> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findAssignment(manager, id);
    const { shift } = await findShiftWithType(manager, current.shiftId);
    await assertCanManageTeam(ctx, manager, shift.teamId, 'shift', 'edit');
    assertRosterEditable(await manager.findOneByOrFail(Roster, { id: shift.rosterId }));
    const isLeaderOnDuty = input.isLeaderOnDuty ?? current.isLeaderOnDuty;
    const person = await manager.findOneBy(Staff, { id: current.staffId });
    assertNoRuleViolations('Only a shift leader leads a shift', leaderViolations(isLeaderOnDuty && !current.isLeaderOnDuty, person?.role));
    if (isLeaderOnDuty && !current.isLeaderOnDuty) await clearLeaderOnDuty(manager, shift.id, now);
    await updateVersioned(manager, ShiftAssignment, 'ShiftAssignment', id, version, { isLeaderOnDuty }, now);
    await recordChanges(manager, auditTarget(ctx, 'shiftAssignment', id, now), current, { ...current, isLeaderOnDuty }, ['isLeaderOnDuty']);
    return findAssignment(manager, id);
  });
}

export async function deleteShiftAssignment(ctx: SchedulingContext, id: string, version: number): Promise<boolean> {
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    const current = await findAssignment(manager, id);
    const { shift } = await findShiftWithType(manager, current.shiftId);
    await assertCanManageTeam(ctx, manager, shift.teamId, 'shift', 'delete');
    assertRosterEditable(await manager.findOneByOrFail(Roster, { id: shift.rosterId }));
    await updateVersioned(manager, ShiftAssignment, 'ShiftAssignment', id, version, {}, now);
    await manager.delete(ShiftAssignment, { id });
    await recordAction(manager, auditTarget(ctx, 'shiftAssignment', id, now), 'ARCHIVE', { newValue: `${current.staffId} @ ${shift.date}` });
  });
  return true;
}

/** The hard-rule violations that working `shift` would add to the person's schedule (existing ones are not theirs to fix here). */
export async function newViolations(manager: EntityManager, staffId: string, shift: PlacedShift, ignoreShiftIds: string[] = []): Promise<Violation[]> {
  const policy = await readPolicy(manager);
  const margin = (policy.maxConsecutiveNights + 2) * DAY;
  const from = new Date(shift.start.getTime() - margin);
  const to = new Date(shift.end.getTime() + margin);
  const around = (await shiftsOfStaff(manager, [staffId], from, to)).filter((s) => !ignoreShiftIds.includes(s.shiftId));
  const leave = await manager.find(LeaveRequest, { where: { staffId, status: 'APPROVED', startsAt: LessThan(to), endsAt: MoreThan(from) } });
  const rules = { absences: leave.map((l) => ({ staffId, start: l.startsAt, end: l.endsAt })), minRestHours: policy.minRestHours, maxConsecutiveNights: policy.maxConsecutiveNights };
  const before = new Set(hardRuleViolations(staffId, around, rules).map((v) => JSON.stringify(v)));
  return hardRuleViolations(staffId, [...around, shift], rules).filter((v) => !before.has(JSON.stringify(v)));
}

/** 值班长 is a shift leader's seat: marking anyone else is a rule violation. */
function leaderViolations(marks: boolean, role: string | undefined): Violation[] {
  return marks && role !== 'SHIFT_LEADER' ? [{ rule: 'notShiftLeader', field: 'isLeaderOnDuty' }] : [];
}

/** After people moved: the shift keeps a shift leader who leads it, else gets the one the generator would choose (or none). */
export async function settleLeaderOnDuty(manager: EntityManager, shiftId: string, now: Date): Promise<void> {
  const assignments = await manager.find(ShiftAssignment, { where: { shiftId } });
  const people = assignments.length ? await manager.findBy(Staff, { id: In(assignments.map((a) => a.staffId)) }) : [];
  const marked = assignments.find((a) => a.isLeaderOnDuty && people.some((p) => p.id === a.staffId && p.role === 'SHIFT_LEADER'));
  const leaderId = marked?.staffId ?? leaderOnDuty(assignments.map((a) => a.staffId), people);
  for (const assignment of assignments.filter((a) => a.isLeaderOnDuty !== (a.staffId === leaderId))) {
    await manager.update(ShiftAssignment, { id: assignment.id }, { isLeaderOnDuty: assignment.staffId === leaderId, version: () => 'version + 1', updatedAt: now } as never);
  }
}

async function clearLeaderOnDuty(manager: EntityManager, shiftId: string, now: Date): Promise<void> {
  await manager.createQueryBuilder().update(ShiftAssignment).set({ isLeaderOnDuty: false, version: () => 'version + 1', updatedAt: now }).where('shift_id = :shiftId AND is_leader_on_duty = :yes', { shiftId, yes: true }).execute();
}

async function findAssignment(manager: EntityManager, id: string): Promise<ShiftAssignment> {
  const assignment = await manager.findOneBy(ShiftAssignment, { id });
  if (!assignment) throw notFound('ShiftAssignment', id);
  return assignment;
}
