import { containsPattern } from '../../shared/like';
import { handoverMachine, handoverStatusOf, maxLength, mayWriteHandover, requiredText } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertValid, badUserInput, checkTransition, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Complaint } from '../complaint';
import { Staff } from '../staff';
import { HandoverLog } from './handover-log.entity';
import type { CreateHandoverLogInput, HandoverLogFilter, HandoverLogSort, UpdateHandoverLogInput } from './handover.inputs';
import { findShiftWithType, isLeaderOfTeam } from './roster-queries';
import type { SchedulingContext } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { stepNote } from '../../shared/step-note';
import { Shift } from './shift.entity';

const SORT_COLUMNS: Record<'CREATED_AT', SortColumn<HandoverLog>> = { CREATED_AT: { sql: 'handover.createdAt', read: (h) => h.createdAt, isDate: true } };

export async function listHandoverLogs(ctx: SchedulingContext, filter: HandoverLogFilter | null | undefined, sort: HandoverLogSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<HandoverLog>> {
  assertCan(ctx.viewer, 'handoverLog', 'list');
  const query = ctx.dataSource.getRepository(HandoverLog).createQueryBuilder('handover');
  whereIds(query, 'handover', filter?.ids);
  if (filter?.shiftId) query.andWhere('handover.shiftId = :shiftId', { shiftId: filter.shiftId });
  if (filter?.teamId) query.andWhere('handover.teamId = :teamId', { teamId: filter.teamId });
  if (filter?.unacknowledged) query.andWhere('handover.acknowledgedAt IS NULL');
  if (filter?.q?.trim()) {
    query.andWhere("(handover.equipmentStatus LIKE :q ESCAPE '!' OR handover.staffingChanges LIKE :q ESCAPE '!' OR handover.notes LIKE :q ESCAPE '!')", { q: containsPattern(filter.q.trim()) });
  }
  if (filter?.mine) query.andWhere('handover.outgoingLeaderId = :viewerId', { viewerId: ctx.viewer.id });
  return paginate({ query, alias: 'handover', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

/**
 * 交接班: the outgoing shift's leader records equipment, open difficult cases and staffing changes of
 * their shift. Only its leader (the domain's mayWriteHandover: the shift leader leading it per the
 * roster; a shift leader of the team when the roster names none): FORBIDDEN for anybody else.
 */
export async function writeHandover(ctx: SchedulingContext, input: CreateHandoverLogInput): Promise<HandoverLog> {
  assertCan(ctx.viewer, 'handoverLog', 'create');
  const draft = { equipmentStatus: input.equipmentStatus.trim(), openCaseIds: caseIds(input.openCaseIds), staffingChanges: input.staffingChanges?.trim() || null, notes: input.notes?.trim() || null };
  assertValid(handoverViolations(draft));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { shift } = await findShiftWithType(manager, input.shiftId);
    const leader = await findShiftLeader(manager, shift.id);
    if (!mayWriteHandover(ctx.viewer.id, leader?.id ?? null, await isLeaderOfTeam(manager, ctx.viewer.id, shift.teamId))) {
      throw forbidden('handoverLog', 'create', 'writing the handover of a shift you do not lead');
    }
    await assertCasesExist(manager, draft.openCaseIds);
    const log = Object.assign(new HandoverLog(), { ...newRecord(now), shiftId: shift.id, teamId: shift.teamId, outgoingLeaderId: ctx.viewer.id, ...draft, incomingLeaderId: null, acknowledgedAt: null });
    await manager.insert(HandoverLog, log);
    await recordAction(manager, auditTarget(ctx, 'handoverLog', log.id, now), 'CREATE', { newValue: draft.equipmentStatus.slice(0, 200) });
    return log;
  });
}

/** The writer corrects their handover (partial) until it is acknowledged; after that it is the record of what was handed over. */
export async function updateHandover(ctx: SchedulingContext, id: string, version: number, input: UpdateHandoverLogInput): Promise<HandoverLog> {
  assertCan(ctx.viewer, 'handoverLog', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const log = await findLog(manager, id);
    if (log.outgoingLeaderId !== ctx.viewer.id) throw forbidden('handoverLog', 'edit', 'editing somebody else’s handover');
    checkTransition(() => handoverMachine.assertTransition(handoverStatusOf(log), 'edit'));
    const next = {
      equipmentStatus: input.equipmentStatus == null ? log.equipmentStatus : input.equipmentStatus.trim(),
      openCaseIds: input.openCaseIds == null ? log.openCaseIds : caseIds(input.openCaseIds),
      staffingChanges: input.staffingChanges === undefined ? log.staffingChanges : input.staffingChanges?.trim() || null,
      notes: input.notes === undefined ? log.notes : input.notes?.trim() || null,
    };
    assertValid(handoverViolations(next));
    await assertCasesExist(manager, next.openCaseIds);
    await updateVersioned(manager, HandoverLog, 'HandoverLog', id, version, next, now);
    await recordChanges(manager, auditTarget(ctx, 'handoverLog', id, now), log, { ...log, ...next }, ['equipmentStatus', 'openCaseIds', 'staffingChanges', 'notes']);
    return findLog(manager, id);
  });
}

/**
 * The incoming leader confirms they read the handover; once only (again: INVALID_TRANSITION). That is
 * the leader on duty of the team's next shift per the roster; when the roster names no shift leader
 * there (no next shift, nobody marked, or an acting 值班长 who is no shift leader), any shift leader
 * of the team. Anybody else, the writer included, is FORBIDDEN.
 */
export async function acknowledgeHandover(ctx: SchedulingContext, id: string, version: number, note?: string | null): Promise<HandoverLog> {
  assertCan(ctx.viewer, 'handoverLog', 'edit');
  const remark = stepNote(note);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const log = await findLog(manager, id);
    if (log.outgoingLeaderId === ctx.viewer.id) throw forbidden('handoverLog', 'edit', 'acknowledging your own handover');
    checkTransition(() => handoverMachine.assertTransition(handoverStatusOf(log), 'acknowledge'));
    const incoming = await findIncomingLeader(manager, log);
    const allowed = incoming ? incoming.id === ctx.viewer.id : await isLeaderOfTeam(manager, ctx.viewer.id, log.teamId);
    if (!allowed) throw forbidden('handoverLog', 'edit', 'acknowledging a handover meant for the leader of the next shift');
    const changes = { incomingLeaderId: ctx.viewer.id, acknowledgedAt: now };
    await updateVersioned(manager, HandoverLog, 'HandoverLog', id, version, changes, now);
    const target = auditTarget(ctx, 'handoverLog', id, now);
    await recordChanges(manager, target, log, { ...log, ...changes }, ['incomingLeaderId', 'acknowledgedAt']);
    if (remark) await recordAction(manager, target, 'UPDATE', { field: 'note', newValue: remark });
    return findLog(manager, id);
  });
}

/**
 * The shift leader leading the team's next shift (the first one starting after the handover's shift
 * starts): the one marked leader on duty when a shift leader, else a shift leader working it. Null when the roster names none.
 */
export async function findIncomingLeader(manager: EntityManager, log: Pick<HandoverLog, 'shiftId' | 'teamId'>): Promise<Staff | null> {
  const shift = await manager.findOneBy(Shift, { id: log.shiftId });
  if (!shift) return null;
  const next = await manager
    .createQueryBuilder(Shift, 'next')
    .where('next.teamId = :teamId AND next.startsAt > :startsAt', { teamId: log.teamId, startsAt: shift.startsAt })
    .orderBy('next.startsAt', 'ASC')
    .addOrderBy('next.id', 'ASC')
    .getOne();
  return next ? findShiftLeader(manager, next.id) : null;
}

/** Who leads a shift: the shift leader marked leader on duty, else a shift leader working it (active ones only); null when none works it. */
export async function findShiftLeader(manager: EntityManager, shiftId: string): Promise<Staff | null> {
  const assignments = await manager.find(ShiftAssignment, { where: { shiftId }, order: { isLeaderOnDuty: 'DESC', id: 'ASC' } });
  const leaders = assignments.length ? await manager.findBy(Staff, { id: In(assignments.map((a) => a.staffId)), role: 'SHIFT_LEADER', active: true }) : [];
  return assignments.map((a) => leaders.find((l) => l.id === a.staffId)).find((l) => l !== undefined) ?? null;
}

type HandoverDraft = Pick<HandoverLog, 'equipmentStatus' | 'openCaseIds' | 'staffingChanges' | 'notes'>;

function handoverViolations(draft: HandoverDraft) {
  return [
    ...requiredText('equipmentStatus', draft.equipmentStatus),
    ...maxLength('equipmentStatus', draft.equipmentStatus, 2000),
    ...maxLength('staffingChanges', draft.staffingChanges, 2000),
    ...maxLength('notes', draft.notes, 2000),
    ...(draft.openCaseIds.length > 100 ? [{ rule: 'tooMany', field: 'openCaseIds', params: { max: 100 } }] : []),
  ];
}

function caseIds(ids: string[] | null | undefined): string[] {
  return [...new Set((ids ?? []).map((id) => id.trim()).filter(Boolean))];
}

/** Open difficult cases are complaints; an unknown id is bad input on `openCaseIds`. */
async function assertCasesExist(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length && (await manager.countBy(Complaint, { id: In(ids) })) !== ids.length) throw badUserInput([{ rule: 'notFound', field: 'openCaseIds' }]);
}

async function findLog(manager: EntityManager, id: string): Promise<HandoverLog> {
  const log = await manager.findOneBy(HandoverLog, { id });
  if (!log) throw notFound('HandoverLog', id);
  return log;
}
