import { maxLength, requiredText } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import { type PageInput, type PageResult, paginate, type SortColumn, whereIds } from '../../graphql/pagination';
import { AppError, assertValid, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { recordAction, recordChanges } from '../audit/audit.service';
import { HandoverLog } from './handover-log.entity';
import type { CreateHandoverLogInput, HandoverLogFilter, HandoverLogSort } from './handover.inputs';
import { findShiftWithType } from './roster-queries';
import type { SchedulingContext } from './scheduling-context';

const SORT_COLUMNS: Record<'CREATED_AT', SortColumn<HandoverLog>> = { CREATED_AT: { sql: 'handover.createdAt', read: (h) => h.createdAt, isDate: true } };

export async function listHandoverLogs(ctx: SchedulingContext, filter: HandoverLogFilter | null | undefined, sort: HandoverLogSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<HandoverLog>> {
  assertCan(ctx.viewer, 'handoverLog', 'list');
  const query = ctx.dataSource.getRepository(HandoverLog).createQueryBuilder('handover');
  whereIds(query, 'handover', filter?.ids);
  if (filter?.shiftId) query.andWhere('handover.shiftId = :shiftId', { shiftId: filter.shiftId });
  if (filter?.teamId) query.andWhere('handover.teamId = :teamId', { teamId: filter.teamId });
  if (filter?.unacknowledged) query.andWhere('handover.acknowledgedAt IS NULL');
  return paginate({ query, alias: 'handover', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

/** 交接班: the outgoing leader records equipment, open difficult cases and staffing changes of their shift. */
export async function writeHandover(ctx: SchedulingContext, input: CreateHandoverLogInput): Promise<HandoverLog> {
  assertCan(ctx.viewer, 'handoverLog', 'create');
  const draft = { equipmentStatus: input.equipmentStatus.trim(), openCaseIds: [...new Set((input.openCaseIds ?? []).map((id) => id.trim()).filter(Boolean))], staffingChanges: input.staffingChanges?.trim() || null, notes: input.notes?.trim() || null };
  assertValid([...requiredText('equipmentStatus', draft.equipmentStatus), ...maxLength('equipmentStatus', draft.equipmentStatus, 2000), ...(draft.openCaseIds.length > 100 ? [{ rule: 'tooMany', field: 'openCaseIds', params: { max: 100 } }] : [])]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const { shift } = await findShiftWithType(manager, input.shiftId);
    const log = Object.assign(new HandoverLog(), { ...newRecord(now), shiftId: shift.id, teamId: shift.teamId, outgoingLeaderId: ctx.viewer.id, ...draft, incomingLeaderId: null, acknowledgedAt: null });
    await manager.insert(HandoverLog, log);
    await recordAction(manager, auditTarget(ctx, log.id, now), 'CREATE', { newValue: draft.equipmentStatus.slice(0, 200) });
    return log;
  });
}

/** The incoming leader (anybody but the writer) confirms they read the handover; once only. */
export async function acknowledgeHandover(ctx: SchedulingContext, id: string, version: number): Promise<HandoverLog> {
  assertCan(ctx.viewer, 'handoverLog', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const log = await findLog(manager, id);
    if (log.outgoingLeaderId === ctx.viewer.id) throw forbidden('acknowledging your own handover');
    if (log.acknowledgedAt) throw new AppError('INVALID_TRANSITION', 'The handover is already acknowledged', { from: 'ACKNOWLEDGED', action: 'acknowledge', allowed: [] });
    const changes = { incomingLeaderId: ctx.viewer.id, acknowledgedAt: now };
    await updateVersioned(manager, HandoverLog, 'HandoverLog', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, id, now), log, { ...log, ...changes }, ['incomingLeaderId', 'acknowledgedAt']);
    return findLog(manager, id);
  });
}

async function findLog(manager: EntityManager, id: string): Promise<HandoverLog> {
  const log = await manager.findOneBy(HandoverLog, { id });
  if (!log) throw notFound('HandoverLog', id);
  return log;
}

function auditTarget(ctx: SchedulingContext, entityId: string, at: Date) {
  return { entity: 'handoverLog', entityId, actorId: ctx.viewer.id, at };
}
