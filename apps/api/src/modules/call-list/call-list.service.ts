import { assertDraft, type CallListFilterDraft, validateCallList } from '@sanxin/domain';
import { IsNull } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertNoRuleViolations, assertValid, conflict } from '../../shared/errors';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { CallList } from './call-list.entity';
import type { CallListFilter, CallListSort, CallListSortField, CreateCallListInput, UpdateCallListInput } from './call-list.inputs';
import { activeAgents } from './call-list-launch';
import { findActiveCallList, scriptOf } from './call-list-read';
import type { CallListFilterInput } from './call-list-filter';

const SORT_COLUMNS: Record<CallListSortField, SortColumn<CallList>> = {
  NAME: { sql: 'list.name', read: (l) => l.name },
  CREATED_AT: { sql: 'list.createdAt', read: (l) => l.createdAt, isDate: true },
  UPDATED_AT: { sql: 'list.updatedAt', read: (l) => l.updatedAt, isDate: true },
};
const EDITABLE = ['name', 'callScriptId', 'callScriptRevision', 'filter', 'agentIds', 'dailyQuota'] as const;

export async function listCallLists(ctx: ServiceContext, filter: CallListFilter | null | undefined, sort: CallListSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<CallList>> {
  assertCan(ctx.viewer, 'callList', 'list');
  const query = ctx.dataSource.getRepository(CallList).createQueryBuilder('list').where('list.archivedAt IS NULL');
  if (filter?.q?.trim()) query.andWhere("list.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  whereIds(query, 'list', filter?.ids);
  if (filter?.status?.length) query.andWhere('list.status IN (:...statuses)', { statuses: filter.status });
  return paginate({ query, alias: 'list', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

export async function getCallList(ctx: ServiceContext, id: string): Promise<CallList | null> {
  assertCan(ctx.viewer, 'callList', 'show');
  return ctx.dataSource.getRepository(CallList).findOneBy({ id, archivedAt: IsNull() });
}

export async function createCallList(ctx: ServiceContext, input: CreateCallListInput): Promise<CallList> {
  assertCan(ctx.viewer, 'callList', 'create');
  const draft = { name: input.name?.trim() ?? '', callScriptId: input.callScriptId, agentIds: input.agentIds, dailyQuota: input.dailyQuota, filter: cleanFilter(input.filter) };
  assertValid(validateCallList(draft, 'create'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const script = await scriptOf(manager, draft.callScriptId);
    await activeAgents(manager, draft.agentIds);
    const list = Object.assign(new CallList(), {
      ...newRecord(now),
      name: draft.name,
      status: 'DRAFT' as const,
      callScriptId: script.id,
      callScriptRevision: script.revision,
      filter: draft.filter,
      agentIds: draft.agentIds,
      dailyQuota: draft.dailyQuota,
      startDate: null,
      launchedAt: null,
      customerCount: null,
      createdById: ctx.viewer.id,
      archivedAt: null,
    });
    await manager.insert(CallList, list);
    await recordAction(manager, auditTarget(ctx, 'callList', list.id, now), 'CREATE', { newValue: list.name });
    return list;
  });
}

export async function updateCallList(ctx: ServiceContext, id: string, version: number, input: UpdateCallListInput): Promise<CallList> {
  assertCan(ctx.viewer, 'callList', 'edit');
  const draft = {
    name: input.name === undefined ? undefined : (input.name?.trim() ?? null),
    callScriptId: input.callScriptId,
    agentIds: input.agentIds === null ? [] : input.agentIds,
    dailyQuota: input.dailyQuota === null ? Number.NaN : input.dailyQuota,
    filter: input.filter === undefined ? undefined : cleanFilter(input.filter),
  };
  assertValid(validateCallList(draft, 'update'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findActiveCallList(manager, id);
    // A stale version answers CONFLICT before any rule: the client first needs the list as it is now.
    if (current.version !== version) throw conflict('CallList', id, current.version);
    assertNoRuleViolations('A launched call list does not change', assertDraft(current.status));
    const script = draft.callScriptId ? await scriptOf(manager, draft.callScriptId) : null;
    if (draft.agentIds) await activeAgents(manager, draft.agentIds);
    const changes: Partial<CallList> = {
      ...(draft.name ? { name: draft.name } : {}),
      ...(script ? { callScriptId: script.id, callScriptRevision: script.revision } : {}),
      ...(draft.agentIds ? { agentIds: draft.agentIds } : {}),
      ...(draft.dailyQuota !== undefined ? { dailyQuota: draft.dailyQuota } : {}),
      ...(draft.filter ? { filter: draft.filter } : {}),
    };
    await updateVersioned(manager, CallList, 'CallList', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'callList', id, now), current, { ...current, ...changes }, [...EDITABLE]);
    return manager.findOneByOrFail(CallList, { id });
  });
}

/** A launched list's follow-ups stay (they are work in the agents' queues); the list only leaves the list of lists. */
export async function archiveCallList(ctx: ServiceContext, id: string, version: number): Promise<void> {
  assertCan(ctx.viewer, 'callList', 'delete');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await findActiveCallList(manager, id);
    await updateVersioned(manager, CallList, 'CallList', id, version, { archivedAt: now }, now);
    await recordAction(manager, auditTarget(ctx, 'callList', id, now), 'ARCHIVE');
  });
}

/** The filter as stored: only what was given, a tag trimmed. */
function cleanFilter(filter: CallListFilterInput | null | undefined): CallListFilterDraft {
  const entries = Object.entries({ ...filter, tag: filter?.tag?.trim() || null }).filter(([, value]) => value != null && !(Array.isArray(value) && value.length === 0));
  return Object.fromEntries(entries) as CallListFilterDraft;
}
