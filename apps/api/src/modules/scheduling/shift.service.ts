import { canAccess, isLocalDate, placeShift, type Violation } from '@sanxin/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertNoRuleViolations, badUserInput, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Roster } from './roster.entity';
import { assertRosterEditable } from './roster-queries';
import { ensureRoster } from './roster.service';
import { type SchedulingContext } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { newViolations } from './shift-assignment.service';
import { Shift } from './shift.entity';
import type { CreateShiftInput, ShiftFilter, ShiftSort, UpdateShiftInput } from './shift.inputs';
import { ShiftType } from './shift-type.entity';
import { findShiftType } from './shift-type.service';
import { assertCanManageTeam } from './team-access';

const SORT_COLUMNS: Record<'DATE' | 'STARTS_AT', SortColumn<Shift>> = {
  DATE: { sql: 'shift.date', read: (s) => s.date },
  STARTS_AT: { sql: 'shift.startsAt', read: (s) => s.startsAt, isDate: true },
};

export async function listShifts(ctx: SchedulingContext, filter: ShiftFilter | null | undefined, sort: ShiftSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<Shift>> {
  assertCan(ctx.viewer, 'shift', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(Shift).createQueryBuilder('shift').innerJoin(Roster, 'roster', 'roster.id = shift.roster_id');
  whereVisible(ctx, query, f);
  whereIds(query, 'shift', f.ids);
  if (f.teamId) query.andWhere('shift.teamId = :teamId', { teamId: f.teamId });
  if (f.shiftTypeId) query.andWhere('shift.shiftTypeId = :shiftTypeId', { shiftTypeId: f.shiftTypeId });
  if (f.dateFrom) query.andWhere('shift.date >= :dateFrom', { dateFrom: f.dateFrom });
  if (f.dateTo) query.andWhere('shift.date <= :dateTo', { dateTo: f.dateTo });
  if (f.staffId) query.andWhere('EXISTS (SELECT 1 FROM shift_assignment sa WHERE sa.shift_id = shift.id AND sa.staff_id = :staffId)', { staffId: f.staffId });
  if (f.mine) query.andWhere('EXISTS (SELECT 1 FROM shift_assignment mine WHERE mine.shift_id = shift.id AND mine.staff_id = :viewerId)', { viewerId: ctx.viewer.id });
  return paginate({ query, alias: 'shift', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'STARTS_AT', direction: SortDirection.ASC }], page });
}

/** Drafts are work in progress of leaders and managers; everyone else sees published months only. */
function whereVisible(ctx: SchedulingContext, query: SelectQueryBuilder<Shift>, filter: ShiftFilter): void {
  const seesDrafts = canAccess(ctx.viewer.role, 'shift', 'create');
  const statuses = seesDrafts ? filter.rosterStatus : ['PUBLISHED'];
  if (statuses?.length) query.andWhere('roster.status IN (:...statuses)', { statuses });
}

/** A shift added by hand to a team's draft month (the month's roster is created as a draft if needed); a published month: INVALID_TRANSITION. */
export async function createShift(ctx: SchedulingContext, input: CreateShiftInput): Promise<Shift> {
  if (!isLocalDate(input.date)) throw badUserInput([{ rule: 'invalidDate', field: 'date' }]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    await assertCanManageTeam(ctx, manager, input.teamId, 'shift', 'create');
    const type = await findShiftType(manager, input.shiftTypeId).catch(() => {
      throw badUserInput([{ rule: 'notFound', field: 'shiftTypeId' }]);
    });
    const roster = await ensureRoster(manager, input.teamId, input.date.slice(0, 7), now);
    assertRosterEditable(roster);
    const placed = placeShift('', input.date, type, ctx.timeZone);
    const shift = Object.assign(new Shift(), { ...newRecord(now), teamId: input.teamId, rosterId: roster.id, date: input.date, shiftTypeId: type.id, startsAt: placed.start, endsAt: placed.end });
    await manager.insert(Shift, shift).catch((error) => {
      throw isUniqueViolation(error) ? badUserInput([{ rule: 'duplicate', field: 'date' }]) : error;
    });
    await recordAction(manager, auditTarget(ctx, 'shift', shift.id, now), 'CREATE', { newValue: `${shift.date} ${type.name}` });
    return shift;
  });
}

/**
 * Moves a shift of a draft month to another date or shift type (partial, version-checked). A
 * published month changes through swaps and leave only: INVALID_TRANSITION (from PUBLISHED, action
 * edit). Everyone on the shift is checked again at its new time (overlaps, rest, night streaks,
 * approved leave): RULE_VIOLATION lists every rule broken, per person (`params.staffId`), and nothing
 * changes. A date in another month moves the shift to that month's roster, which must be a draft too.
 */
export async function updateShift(ctx: SchedulingContext, id: string, version: number, input: UpdateShiftInput): Promise<Shift> {
  if (input.date != null && !isLocalDate(input.date)) throw badUserInput([{ rule: 'invalidDate', field: 'date' }]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await manager.findOneBy(Shift, { id });
    if (!current) throw notFound('Shift', id);
    await assertCanManageTeam(ctx, manager, current.teamId, 'shift', 'edit');
    assertRosterEditable(await manager.findOneByOrFail(Roster, { id: current.rosterId }));
    const date = input.date ?? current.date;
    const type = input.shiftTypeId
      ? await findShiftType(manager, input.shiftTypeId).catch(() => {
          throw badUserInput([{ rule: 'notFound', field: 'shiftTypeId' }]);
        })
      : await manager.findOneByOrFail(ShiftType, { id: current.shiftTypeId });
    const roster = await ensureRoster(manager, current.teamId, date.slice(0, 7), now);
    assertRosterEditable(roster);
    const moved = placeShift(id, date, type, ctx.timeZone);
    const assignments = await manager.find(ShiftAssignment, { where: { shiftId: id }, order: { staffId: 'ASC' } });
    const violations: Violation[] = [];
    // The person is in params.staffId; what the client changed, and may change back, is the date or the type.
    const path = input.date != null ? 'date' : 'shiftTypeId';
    for (const assignment of assignments) violations.push(...(await newViolations(manager, assignment.staffId, moved, [id])).map((v) => ({ ...v, field: path })));
    assertNoRuleViolations('Moving the shift breaks roster rules', violations);
    const changes = { date, shiftTypeId: type.id, rosterId: roster.id, startsAt: moved.start, endsAt: moved.end };
    await updateVersioned(manager, Shift, 'Shift', id, version, changes, now).catch((error) => {
      throw isUniqueViolation(error) ? badUserInput([{ rule: 'duplicate', field: 'date' }]) : error;
    });
    await moveAssignments(manager, id, moved, now);
    await recordChanges(manager, auditTarget(ctx, 'shift', id, now), current, { ...current, ...changes }, ['date', 'shiftTypeId']);
    return manager.findOneByOrFail(Shift, { id });
  });
}

/** The assignments carry the shift's instants (for one indexed query per person), so they move with it. */
async function moveAssignments(manager: EntityManager, shiftId: string, moved: { start: Date; end: Date }, now: Date): Promise<void> {
  await manager.createQueryBuilder().update(ShiftAssignment).set({ startsAt: moved.start, endsAt: moved.end, version: () => 'version + 1', updatedAt: now }).where('shift_id = :shiftId', { shiftId }).execute();
}

/** Removes a shift of a draft month and who was on it (a roster is a plan, not history; the audit log keeps the trace); a published month: INVALID_TRANSITION. */
export async function deleteShift(ctx: SchedulingContext, id: string, version: number): Promise<boolean> {
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    const shift = await manager.findOneBy(Shift, { id });
    if (!shift) throw notFound('Shift', id);
    await assertCanManageTeam(ctx, manager, shift.teamId, 'shift', 'delete');
    assertRosterEditable(await manager.findOneByOrFail(Roster, { id: shift.rosterId }));
    await updateVersioned(manager, Shift, 'Shift', id, version, {}, now);
    await manager.delete(ShiftAssignment, { shiftId: id });
    await manager.delete(Shift, { id });
    await recordAction(manager, auditTarget(ctx, 'shift', id, now), 'ARCHIVE', { newValue: shift.date });
  });
  return true;
}
