import { type CallType, type ScriptPhrase, type ScriptStep, validateCallScript } from '@sanxin/domain';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, notFound } from '../../shared/errors';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { CallScript } from './call-script.entity';
import type { CallScriptFilter, CallScriptSort, CallScriptSortField, CreateCallScriptInput, UpdateCallScriptInput } from './call-script.inputs';
import { CallScriptRevision } from './call-script-revision.entity';
import { contentOf, type ScriptContent, writeRevision } from './call-script-content';
import { CallScriptLine } from './call-script-line.entity';

const SORT_COLUMNS: Record<CallScriptSortField, SortColumn<CallScript>> = {
  NAME: { sql: 'script.name', read: (s) => s.name },
  CALL_TYPE: { sql: 'script.callType', read: (s) => s.callType },
  UPDATED_AT: { sql: 'script.updatedAt', read: (s) => s.updatedAt, isDate: true },
};

export async function listCallScripts(ctx: ServiceContext, filter: CallScriptFilter | null | undefined, sort: CallScriptSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<CallScript>> {
  assertCan(ctx.viewer, 'callScript', 'list');
  const query = ctx.dataSource.getRepository(CallScript).createQueryBuilder('script').where('script.archivedAt IS NULL');
  if (filter?.q?.trim()) query.andWhere("script.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  whereIds(query, 'script', filter?.ids);
  if (filter?.callType?.length) query.andWhere('script.callType IN (:...callTypes)', { callTypes: filter.callType });
  if (filter?.active != null) query.andWhere('script.active = :active', { active: filter.active });
  return paginate({ query, alias: 'script', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CALL_TYPE', direction: SortDirection.ASC }], page });
}

export async function getCallScript(ctx: ServiceContext, id: string): Promise<CallScript | null> {
  assertCan(ctx.viewer, 'callScript', 'show');
  return ctx.dataSource.getRepository(CallScript).findOneBy({ id, archivedAt: IsNull() });
}

/** The script agents see for a call type: the active one (the latest changed, should two have been activated at once). */
export async function getActiveCallScript(ctx: ServiceContext, callType: CallType): Promise<CallScript | null> {
  assertCan(ctx.viewer, 'callScript', 'show');
  return ctx.dataSource.getRepository(CallScript).findOne({ where: { callType, active: true, archivedAt: IsNull() }, order: { updatedAt: 'DESC', id: 'DESC' } });
}

/** A revision as it was saved, also of an archived script: call lists that used it still show it. */
export async function getCallScriptRevision(ctx: ServiceContext, callScriptId: string, revision: number): Promise<CallScriptRevision | null> {
  assertCan(ctx.viewer, 'callScript', 'show');
  return ctx.dataSource.getRepository(CallScriptRevision).findOneBy({ callScriptId, revision });
}

export async function createCallScript(ctx: ServiceContext, input: CreateCallScriptInput): Promise<CallScript> {
  assertCan(ctx.viewer, 'callScript', 'create');
  const content = { steps: normalizeSteps(input.steps), phrases: normalizePhrases(input.phrases ?? []) };
  const name = input.name?.trim() ?? '';
  assertValid(validateCallScript({ callType: input.callType, name, ...content }, 'create'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const active = input.active ?? !(await manager.existsBy(CallScript, { callType: input.callType, active: true, archivedAt: IsNull() }));
    const script = Object.assign(new CallScript(), { ...newRecord(now), callType: input.callType, name, active, revision: 1, archivedAt: null });
    await manager.insert(CallScript, script);
    await writeRevision(manager, script, content, ctx.viewer.id, now);
    if (active) await deactivateOthers(ctx, manager, script, now);
    await recordAction(manager, auditTarget(ctx, 'callScript', script.id, now), 'CREATE', { newValue: name });
    return script;
  });
}

/** A new name, steps or phrases save a new revision (the current one's text for what is left out); `active` alone does not. */
export async function updateCallScript(ctx: ServiceContext, id: string, version: number, input: UpdateCallScriptInput): Promise<CallScript> {
  assertCan(ctx.viewer, 'callScript', 'edit');
  const draft = {
    name: input.name === undefined ? undefined : (input.name?.trim() ?? null),
    steps: input.steps === undefined ? undefined : normalizeSteps(input.steps ?? []),
    phrases: input.phrases === undefined ? undefined : normalizePhrases(input.phrases ?? []),
  };
  assertValid(validateCallScript(draft, 'update'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findActive(manager, id);
    const textChanged = draft.name != null || draft.steps != null || draft.phrases != null;
    const changes: Partial<CallScript> = {
      ...(draft.name != null ? { name: draft.name } : {}),
      ...(input.active != null ? { active: input.active } : {}),
      ...(textChanged ? { revision: current.revision + 1 } : {}),
    };
    await updateVersioned(manager, CallScript, 'CallScript', id, version, changes, now);
    const next = { ...current, ...changes };
    if (textChanged) {
      const previous = await currentContent(manager, current);
      await writeRevision(manager, next, { steps: draft.steps ?? previous.steps, phrases: draft.phrases ?? previous.phrases }, ctx.viewer.id, now);
    }
    if (input.active && !current.active) await deactivateOthers(ctx, manager, current, now);
    await recordChanges(manager, auditTarget(ctx, 'callScript', id, now), current, next, ['name', 'active', 'revision']);
    return manager.findOneByOrFail(CallScript, { id });
  });
}

export async function archiveCallScript(ctx: ServiceContext, id: string, version: number): Promise<void> {
  assertCan(ctx.viewer, 'callScript', 'delete');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await findActive(manager, id);
    await updateVersioned(manager, CallScript, 'CallScript', id, version, { archivedAt: now, active: false }, now);
    await recordAction(manager, auditTarget(ctx, 'callScript', id, now), 'ARCHIVE');
  });
}

export async function findActive(manager: EntityManager, id: string): Promise<CallScript> {
  const script = await manager.findOneBy(CallScript, { id, archivedAt: IsNull() });
  if (!script) throw notFound('CallScript', id);
  return script;
}

/** One active script per call type: activating one retires the others, each change audited. */
async function deactivateOthers(ctx: ServiceContext, manager: EntityManager, script: Pick<CallScript, 'id' | 'callType'>, now: Date): Promise<void> {
  const others = await manager.find(CallScript, { where: { callType: script.callType, active: true, archivedAt: IsNull(), id: Not(script.id) }, select: { id: true } });
  if (others.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(CallScript)
    .set({ active: false, version: () => 'version + 1', updatedAt: now })
    .whereInIds(others.map((other) => other.id))
    .execute();
  for (const other of others) await recordAction(manager, auditTarget(ctx, 'callScript', other.id, now), 'UPDATE', { field: 'active', newValue: 'false' });
}

async function currentContent(manager: EntityManager, script: CallScript): Promise<ScriptContent> {
  const revision = await manager.findOneByOrFail(CallScriptRevision, { callScriptId: script.id, revision: script.revision });
  return contentOf(await manager.findBy(CallScriptLine, { revisionId: revision.id }));
}

function normalizeSteps(steps: readonly ScriptStep[]): ScriptStep[] {
  return steps.map((step) => ({ kind: step.kind, branch: step.branch ?? 'ALL', text: step.text?.trim() ?? '' }));
}

function normalizePhrases(phrases: readonly ScriptPhrase[]): ScriptPhrase[] {
  return phrases.map((phrase) => ({ situation: phrase.situation, text: phrase.text?.trim() ?? '' }));
}
