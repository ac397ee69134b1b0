import { approverRolesOf, canAccess, isComplaintClosed, mayUrgeComplaint, priorityAfterUrges, validateNote, validateOptionalNote } from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { type PageRequest, type PageResult, paginate } from '../../db/paginate';
import { assertValid, forbidden, ruleViolation } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { optionalText } from '../../shared/normalize';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan, type Viewer } from '../../shared/viewer';
import { findLeaderOnDuty } from '../scheduling';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import type { ComplaintContext } from './complaint-context';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { pushComplaintChange, pushEscalations, pushInboxChanged } from './complaint-push';
import { addTimelineEntry } from './complaint-timeline';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { Complaint } from './complaint.entity';
import { findComplaint } from './complaint.service';

/**
 * Who hears first of an overdue complaint (DOMAIN §5): the shift leader on duty (值班长) in the owner's
 * team at `at`; when the roster has none there, a shift leader of that team; when the team has none,
 * whoever leads the shift on duty. The one place that decides it.
 */
export async function findEscalationLeader(manager: EntityManager, complaint: Pick<Complaint, 'ownerId'>, at: Date): Promise<string | null> {
  const owner = await manager.findOne(Staff, { where: { id: complaint.ownerId }, select: { id: true, teamId: true } });
  if (!owner?.teamId) return null;
  const onDuty = await findLeaderOnDuty(manager, owner.teamId, at);
  if (onDuty?.role === 'SHIFT_LEADER') return onDuty.id;
  const teamLeader = await manager.findOne(Staff, { where: { teamId: owner.teamId, role: 'SHIFT_LEADER', active: true }, order: { id: 'ASC' }, select: { id: true } });
  return teamLeader?.id ?? onDuty?.id ?? null;
}

/**
 * Writes one escalation (a row that puts the complaint in the recipient's inbox, and its timeline
 * entry) inside the caller's transaction. Every escalation but the job's set-based sweep goes through
 * here, so whatever else must happen when a leader is handed a complaint (a push, …) has one place.
 */
export async function addEscalation(
  tx: EntityManager,
  row: { complaintId: string; cycle: number; level: 1 | 2; escalatedToId: string | null; at: Date; actorId: string | null; step: 'escalate' | 'refer'; referredById: string | null; reason: string | null },
): Promise<void> {
  const id = newId(row.at.getTime());
  await tx.insert(ComplaintEscalation, {
    id,
    complaintId: row.complaintId,
    cycle: row.cycle,
    level: row.level,
    escalatedToId: row.escalatedToId,
    escalatedAt: row.at,
    sweepId: id,
    referredById: row.referredById,
    reason: row.reason,
    opinion: null,
    opinionAt: null,
  });
  await addTimelineEntry(tx, { complaintId: row.complaintId, at: row.at, actorId: row.actorId, step: row.step, note: row.reason, recipientId: row.escalatedToId });
  await pushEscalations(tx, row.at, [row]);
}

/** The second level: the department manager (the longest-serving active one, when there are several). */
export async function findEscalationManager(manager: EntityManager, _at: Date): Promise<string | null> {
  const staff = await manager.findOne(Staff, { where: { role: 'DEPT_MANAGER', active: true }, order: { id: 'ASC' }, select: { id: true } });
  return staff?.id ?? null;
}

/** The domain's mayUrgeComplaint with the teams it needs: the viewer's, and the owner's. */
export async function mayUrge(manager: EntityManager, viewer: Pick<Viewer, 'id' | 'role'>, complaint: Pick<Complaint, 'recordedById' | 'ownerId'>): Promise<boolean> {
  const staff = await manager.find(Staff, { where: { id: In([viewer.id, complaint.ownerId]) }, select: { id: true, teamId: true } });
  const teamOf = (id: string) => staff.find((s) => s.id === id)?.teamId ?? null;
  return mayUrgeComplaint({ ...viewer, teamId: teamOf(viewer.id) }, { recordedById: complaint.recordedById, ownerTeamId: teamOf(complaint.ownerId) });
}

/**
 * 催单: the recorder, the owner's shift leaders, the manager and the director (mayUrgeComplaint) may
 * urge an open complaint. It leaves a timeline entry, counts, and every few urges raise the
 * priority. Not version-checked: urges never conflict with the owner's work, and the count is
 * incremented in SQL.
 */
/** With `version`, a stale one answers CONFLICT and the urge bumps the version (the record changed); without it (until 2027-03-01), as before. */
export async function urgeComplaint(ctx: ComplaintContext, id: string, note: string | null | undefined, version?: number | null): Promise<Complaint> {
  assertCan(ctx.viewer, 'complaint', 'show');
  const text = optionalText(note) ?? null;
  assertValid(validateOptionalNote('note', text));
  const manager = ctx.dataSource.manager;
  const current = await findComplaint(manager, id);
  if (!(await mayUrge(manager, ctx.viewer, current))) throw forbidden('complaint', 'urge', 'urging a complaint you neither recorded nor lead, manage or direct');
  if (isComplaintClosed(current.status)) throw ruleViolation('A closed complaint cannot be urged', [{ rule: 'closed', field: 'id' }]);
  const { 'complaint.urgesToRaisePriority': urgesToRaise } = await readSettings(manager);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    if (version != null) await updateVersioned(tx, Complaint, 'complaint', id, version, {}, now);
    await tx.createQueryBuilder().update(Complaint).set({ urgeCount: () => 'urge_count + 1', lastUrgedAt: now }).where('id = :id', { id }).execute();
    const { urgeCount } = await tx.findOneOrFail(Complaint, { where: { id }, select: { id: true, urgeCount: true } });
    await tx.update(Complaint, { id }, { priority: priorityAfterUrges(urgeCount, urgesToRaise) });
    await addTimelineEntry(tx, { complaintId: id, at: now, actorId: ctx.viewer.id, step: 'urge', note: text });
    await pushComplaintChange(tx, now, ctx.viewer.id, current, { status: current.status, urged: true });
  });
  return findComplaint(manager, id);
}

/** 处理意见: only a leader the complaint was escalated to records one, on their own escalation. */
export async function recordHandlingOpinion(ctx: ComplaintContext, complaintId: string, opinion: string, version?: number | null): Promise<ComplaintEscalation> {
  const text = optionalText(opinion) ?? null;
  assertValid(validateNote('opinion', text));
  const complaint = await findComplaint(ctx.dataSource.manager, complaintId);
  const escalation = await ctx.dataSource.manager.findOne(ComplaintEscalation, {
    where: { complaintId, cycle: complaint.slaCycle, escalatedToId: ctx.viewer.id, opinionAt: IsNull() },
    order: { level: 'DESC' },
  });
  if (!escalation) throw forbidden('complaint', 'edit', 'a handling opinion on a complaint not escalated to you');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    // the opinion joins the complaint's timeline: with `version`, a stale one answers CONFLICT and the version moves on
    if (version != null) await updateVersioned(tx, Complaint, 'complaint', complaintId, version, {}, now);
    await tx.update(ComplaintEscalation, { id: escalation.id }, { opinion: text, opinionAt: now });
    await addTimelineEntry(tx, { complaintId, at: now, actorId: ctx.viewer.id, step: 'handlingOpinion', note: text });
    await pushInboxChanged(tx, now, ctx.viewer.id, complaintId);
  });
  return { ...escalation, opinion: text, opinionAt: now };
}

/**
 * 待办, one paged list each (the grammar of every list: newest first, `page` with offset or cursors):
 * escalations to me still without my opinion, proposals waiting for my approval, urges on my open
 * complaints, complaints transferred to me that I have not worked on since.
 */
export function myInboxEscalations(ctx: ComplaintContext, page: PageRequest | null | undefined): Promise<PageResult<ComplaintEscalation>> {
  assertCan(ctx.viewer, 'complaint', 'list');
  const query = ctx.dataSource.manager
    .createQueryBuilder(ComplaintEscalation, 'e')
    .innerJoin(Complaint, 'c', 'c.id = e.complaintId AND c.closedAt IS NULL AND c.slaCycle = e.cycle')
    .where('e.escalatedToId = :me AND e.opinionAt IS NULL', { me: ctx.viewer.id });
  const columns = { ESCALATED_AT: { sql: 'e.escalatedAt', read: (e: ComplaintEscalation) => e.escalatedAt, isDate: true } };
  return paginate({ query, alias: 'e', columns, sort: null, defaultSort: [{ field: 'ESCALATED_AT', direction: 'DESC' }], page });
}

export async function myInboxApprovals(ctx: ComplaintContext, page: PageRequest | null | undefined): Promise<PageResult<Complaint>> {
  assertCan(ctx.viewer, 'complaint', 'list');
  const manager = ctx.dataSource.manager;
  const query = manager.createQueryBuilder(Complaint, 'c').where("c.status = 'PROPOSED'");
  const approver = canAccess(ctx.viewer.role, 'complaint', 'approve') && approverRolesOf(await readSettings(manager)).includes(ctx.viewer.role);
  if (!approver) query.andWhere('1 = 0');
  const columns = { RECEIVED_AT: { sql: 'c.receivedAt', read: (c: Complaint) => c.receivedAt, isDate: true } };
  return paginate({ query, alias: 'c', columns, sort: null, defaultSort: [{ field: 'RECEIVED_AT', direction: 'ASC' }], page });
}

export function myInboxUrged(ctx: ComplaintContext, page: PageRequest | null | undefined): Promise<PageResult<Complaint>> {
  assertCan(ctx.viewer, 'complaint', 'list');
  const query = ctx.dataSource.manager
    .createQueryBuilder(Complaint, 'c')
    // last_urged_at is set by every urge and never cleared, so it alone says "urged": the count reads only the index.
    .where('c.ownerId = :me AND c.closedAt IS NULL AND c.lastUrgedAt IS NOT NULL', { me: ctx.viewer.id });
  const columns = { LAST_URGED_AT: { sql: 'c.lastUrgedAt', read: (c: Complaint) => c.lastUrgedAt ?? new Date(0), isDate: true } };
  return paginate({ query, alias: 'c', columns, sort: null, defaultSort: [{ field: 'LAST_URGED_AT', direction: 'DESC' }], page });
}

/** Transferred to me (a reassign entry of the timeline names me), still mine and open, and not worked on by me since; latest change first. */
export function myInboxReassigned(ctx: ComplaintContext, page: PageRequest | null | undefined): Promise<PageResult<Complaint>> {
  assertCan(ctx.viewer, 'complaint', 'list');
  const query = ctx.dataSource.manager
    .createQueryBuilder(Complaint, 'c')
    .where('c.ownerId = :me AND c.closedAt IS NULL', { me: ctx.viewer.id })
    .andWhere((qb) => {
      const later = qb.subQuery().select('1').from(ComplaintTimelineEntry, 'later').where('later.complaintId = c.id AND later.actorId = :me AND later.at > t.at').getQuery();
      const transfer = qb
        .subQuery()
        .select('1')
        .from(ComplaintTimelineEntry, 't')
        .where(`t.complaintId = c.id AND t.step = 'reassign' AND t.recipientId = :me AND NOT EXISTS ${later}`)
        .getQuery();
      return `EXISTS ${transfer}`;
    });
  const columns = { UPDATED_AT: { sql: 'c.updatedAt', read: (c: Complaint) => c.updatedAt, isDate: true } };
  return paginate({ query, alias: 'c', columns, sort: null, defaultSort: [{ field: 'UPDATED_AT', direction: 'DESC' }], page });
}
