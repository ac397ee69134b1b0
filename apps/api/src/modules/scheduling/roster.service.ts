import { addDays, canAccess, type GeneratedRoster, generateRoster, holidaysMissingViolations, rosterMachine } from '@sanxin/domain';
import { type EntityManager, In, LessThan, MoreThan } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { AppError, assertNoRuleViolations, badUserInput, checkTransition, forbidden, invalidTransition, ruleViolation } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction } from '../audit';
import { readBusinessCalendar, yearsWithHolidays } from '../calendar';
import { Staff } from '../staff';
import { LeaveRequest } from './leave-request.entity';
import { Roster } from './roster.entity';
import { shiftsOfStaff } from './roster-queries';
import { type SchedulingContext, readPolicy } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { Shift } from './shift.entity';
import type { RosterFilter, RosterSort } from './roster.inputs';
import { activeShiftTypes } from './shift-type.service';
import { assertCanManageTeam } from './team-access';

const SORT_COLUMNS: Record<'MONTH', SortColumn<Roster>> = { MONTH: { sql: 'roster.month', read: (r) => r.month } };

/** Team months and whether they are drafts or published, without their shifts; drafts only for leaders and managers (as for shifts). */
export async function listRosters(ctx: SchedulingContext, filter: RosterFilter | null | undefined, sort: RosterSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<Roster>> {
  assertCan(ctx.viewer, 'shift', 'list');
  const f = filter ?? {};
  if (f.month) assertMonth(f.month);
  const query = ctx.dataSource.getRepository(Roster).createQueryBuilder('roster');
  const statuses = canAccess(ctx.viewer.role, 'shift', 'create') ? f.status : ['PUBLISHED'];
  if (statuses?.length) query.andWhere('roster.status IN (:...statuses)', { statuses });
  whereIds(query, 'roster', f.ids);
  if (f.teamId) query.andWhere('roster.teamId = :teamId', { teamId: f.teamId });
  if (f.month) query.andWhere('roster.month = :month', { month: f.month });
  return paginate({ query, alias: 'roster', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'MONTH', direction: SortDirection.DESC }], page });
}

/** Days around a month whose shifts count for rest and night streaks at its edges. */
const EDGE_DAYS = 7;

export interface RosterDraft {
  roster: Roster;
  shifts: Shift[];
  generated: GeneratedRoster;
  /** Generated shift ids (`date/shiftTypeId`) → stored shift ids. */
  shiftIds: Map<string, string>;
  /** The month's year when it has no public holidays stored: the roster treats 元旦 or 春节 as working days. */
  missingHolidayYear: number | null;
}

/** 自动排班: replaces the team's draft month with a generated one; a published month is never regenerated. */
export async function generateTeamRoster(ctx: SchedulingContext, teamId: string, month: string): Promise<RosterDraft> {
  assertMonth(month);
  return ctx.dataSource.transaction(async (manager) => {
    await assertCanManageTeam(ctx, manager, teamId, 'shift', 'create');
    const existing = await manager.findOneBy(Roster, { teamId, month });
    assertNoRuleViolations('The month is published', existing?.status === 'PUBLISHED' ? [{ rule: 'rosterPublished', field: 'month' }] : []);
    const generated = await generateFor(ctx, manager, teamId, month, existing?.id ?? null);
    const now = ctx.clock.now();
    const roster = existing ?? Object.assign(new Roster(), { ...newRecord(now), teamId, month, status: 'DRAFT' as const, publishedAt: null, publishedById: null });
    if (existing) await clearRoster(manager, existing.id);
    else await manager.insert(Roster, roster);
    const shiftIds = new Map<string, string>();
    const shifts = generated.shifts.map((g) => {
      const shift = Object.assign(new Shift(), { ...newRecord(now), teamId, rosterId: roster.id, date: g.date, shiftTypeId: g.shiftTypeId, startsAt: g.start, endsAt: g.end });
      shiftIds.set(g.shiftId, shift.id);
      return shift;
    });
    await insertChunks(manager, Shift, shifts);
    const assignments = generated.shifts.flatMap((g) =>
      g.staffIds.map((staffId) => ({ ...newRecord(now), shiftId: shiftIds.get(g.shiftId), staffId, isLeaderOnDuty: staffId === g.leaderOnDutyId, swapRequestId: null, startsAt: g.start, endsAt: g.end })),
    );
    await insertChunks(manager, ShiftAssignment, assignments);
    await recordAction(manager, auditTarget(ctx, 'roster', roster.id, now), 'UPDATE', { field: 'generated', newValue: `${month}: ${shifts.length} shifts, ${generated.unmet.length} gaps` });
    const year = Number(month.slice(0, 4));
    return { roster, shifts, generated, shiftIds, missingHolidayYear: (await yearsWithHolidays(manager, [year])).length ? null : year };
  });
}

async function generateFor(ctx: SchedulingContext, manager: EntityManager, teamId: string, month: string, rosterId: string | null): Promise<GeneratedRoster> {
  const first = `${month}-01`;
  const from = addDays(first, -EDGE_DAYS);
  const to = addDays(addDays(first, 31), EDGE_DAYS);
  const [staff, shiftTypes, policy, calendar] = await Promise.all([
    manager.find(Staff, { where: { teamId, active: true }, order: { id: 'ASC' } }),
    activeShiftTypes(manager),
    readPolicy(manager),
    readBusinessCalendar(manager, ctx.timeZone, from, to),
  ]);
  const window = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
  const staffIds = staff.map((s) => s.id);
  const leave = staffIds.length ? await manager.find(LeaveRequest, { where: { staffId: In(staffIds), status: 'APPROVED', startsAt: LessThan(window.to), endsAt: MoreThan(window.from) } }) : [];
  const ownShiftIds = rosterId ? new Set((await manager.find(Shift, { where: { rosterId }, select: { id: true } })).map((s) => s.id)) : new Set<string>();
  const fixedShifts = (await shiftsOfStaff(manager, staffIds, window.from, window.to)).filter((s) => !ownShiftIds.has(s.shiftId));
  return generateRoster({
    month,
    calendar,
    shiftTypes: shiftTypes.map((t) => ({ id: t.id, kind: t.kind, days: t.days, startMinute: t.startMinute, endMinute: t.endMinute, minHeadcount: t.minHeadcount })),
    staff: staff.map((s) => ({ id: s.id, role: s.role, jobType: s.jobType, skillLevel: s.skillLevel })),
    absences: leave.map((l) => ({ staffId: l.staffId, start: l.startsAt, end: l.endsAt })),
    fixedShifts,
    minRestHours: policy.minRestHours,
    maxConsecutiveNights: policy.maxConsecutiveNights,
    maxMonthlyHours: policy.maxMonthlyHours,
    minDaysOffPerWeek: policy.minDaysOffPerWeek,
  });
}

/**
 * 发布: the draft becomes the roster everyone sees; only a draft can be published. A month of a year
 * without public holidays stored is refused (RULE_VIOLATION holidaysMissingForYear) unless an
 * administrator confirms it explicitly (`confirmMissingHolidays`, theirs alone).
 */
export async function publishRoster(ctx: SchedulingContext, teamId: string, month: string, confirmMissingHolidays = false): Promise<Roster> {
  assertMonth(month);
  if (confirmMissingHolidays && !canAccess(ctx.viewer.role, 'shift', 'approve')) throw forbidden('shift', 'approve', 'confirming a roster without public holidays');
  return ctx.dataSource.transaction(async (manager) => {
    const missing = holidaysMissingViolations(month, await yearsWithHolidays(manager, [Number(month.slice(0, 4))]));
    if (!(confirmMissingHolidays && missing.length)) await assertCanManageTeam(ctx, manager, teamId, 'shift', 'edit');
    if (missing.length && !confirmMissingHolidays) throw ruleViolation(`No public holidays are stored for ${month.slice(0, 4)}`, missing);
    const roster = await manager.findOneBy(Roster, { teamId, month });
    if (!roster) throw invalidTransition(null, 'publish', [], `The roster of ${month} cannot be published`);
    checkTransition(() => rosterMachine.assertTransition(roster.status, 'publish'));
    const now = ctx.clock.now();
    const result = await manager
      .createQueryBuilder()
      .update(Roster)
      .set({ status: 'PUBLISHED', publishedAt: now, publishedById: ctx.viewer.id, version: () => 'version + 1', updatedAt: now })
      .where("id = :id AND status = 'DRAFT'", { id: roster.id })
      .execute();
    if (result.affected !== 1) throw new AppError('CONFLICT', 'The roster was published meanwhile', { currentVersion: roster.version + 1 });
    const note = missing.length ? ' (confirmed without public holidays on file)' : '';
    await recordAction(manager, auditTarget(ctx, 'roster', roster.id, now), 'UPDATE', { field: 'status', newValue: `PUBLISHED${note}` });
    return manager.findOneByOrFail(Roster, { id: roster.id });
  });
}

/** The team's roster of a month, created as an empty draft when a shift is first added by hand. */
export async function ensureRoster(manager: EntityManager, teamId: string, month: string, now: Date): Promise<Roster> {
  const existing = await manager.findOneBy(Roster, { teamId, month });
  if (existing) return existing;
  const roster = Object.assign(new Roster(), { ...newRecord(now), teamId, month, status: 'DRAFT' as const, publishedAt: null, publishedById: null });
  await manager.insert(Roster, roster);
  return roster;
}

async function clearRoster(manager: EntityManager, rosterId: string): Promise<void> {
  const shiftIds = (await manager.find(Shift, { where: { rosterId }, select: { id: true } })).map((s) => s.id);
  for (let i = 0; i < shiftIds.length; i += 500) await manager.delete(ShiftAssignment, { shiftId: In(shiftIds.slice(i, i + 500)) });
  await manager.delete(Shift, { rosterId });
}

function assertMonth(month: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badUserInput([{ rule: 'invalidMonth', field: 'month' }]);
}

async function insertChunks(manager: EntityManager, target: typeof Shift | typeof ShiftAssignment, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await manager.insert(target, rows.slice(i, i + 500) as never);
}
