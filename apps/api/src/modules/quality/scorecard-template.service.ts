import { type CriticalItem, type ScorecardDimension, type ScorecardTemplate as DomainTemplate, validateScorecardTemplate } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { Not } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, badUserInput, notFound } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import type {
  CreateScorecardTemplateInput,
  ScorecardTemplateFilter,
  ScorecardTemplateSort,
  ScorecardTemplateSortField,
  UpdateScorecardTemplateInput,
} from './quality.inputs';
import { ScorecardTemplate } from './scorecard-template.entity';
import { ScorecardTemplateVersion } from './scorecard-template-version.entity';

const SORT_COLUMNS: Record<ScorecardTemplateSortField, SortColumn<ScorecardTemplate>> = {
  NAME: { sql: 'template.name', read: (t) => t.name },
  UPDATED_AT: { sql: 'template.updatedAt', read: (t) => t.updatedAt, isDate: true },
};

/** A saved version as the domain's scorecard rules read it. */
export function templateOf(version: ScorecardTemplateVersion): DomainTemplate {
  return {
    version: version.templateVersion,
    dimensions: JSON.parse(version.dimensions) as ScorecardDimension[],
    criticalItems: (JSON.parse(version.criticalItems) as string[]).map((code): CriticalItem => ({ code })),
  };
}

export async function listScorecardTemplates(
  ctx: ServiceContext,
  filter?: ScorecardTemplateFilter | null,
  sort?: ScorecardTemplateSort[] | null,
  page?: PageInput | null,
): Promise<PageResult<ScorecardTemplate>> {
  assertCan(ctx.viewer, 'scorecardTemplate', 'list');
  const query = ctx.dataSource.getRepository(ScorecardTemplate).createQueryBuilder('template');
  if (filter?.q?.trim()) query.andWhere("template.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  whereIds(query, 'template', filter?.ids);
  if (filter?.active != null) query.andWhere('template.active = :active', { active: filter.active });
  return paginate({ query, alias: 'template', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'NAME', direction: SortDirection.ASC }], page });
}

export async function getScorecardTemplate(ctx: ServiceContext, id: string): Promise<ScorecardTemplate | null> {
  assertCan(ctx.viewer, 'scorecardTemplate', 'show');
  return ctx.dataSource.getRepository(ScorecardTemplate).findOneBy({ id });
}

function draftOf(dimensions: readonly ScorecardDimension[], criticalItems: readonly string[]): DomainTemplate {
  return {
    version: 1,
    dimensions: dimensions.map((d) => ({ code: d.code?.trim() ?? '', weight: d.weight, maxScore: d.maxScore })),
    criticalItems: criticalItems.map((code) => ({ code: code.trim() })),
  };
}

function checkName(name: string): void {
  if (!name) throw badUserInput([{ rule: 'required', field: 'name' }]);
}

/** Writes one version row; the scorecard row carries the number. */
export async function writeTemplateVersion(
  manager: EntityManager,
  template: Pick<ScorecardTemplate, 'id' | 'name' | 'currentVersion'>,
  draft: DomainTemplate,
  authorId: string | null,
  now: Date,
): Promise<void> {
  await manager.insert(ScorecardTemplateVersion, {
    id: newId(now.getTime()),
    templateId: template.id,
    templateVersion: template.currentVersion,
    name: template.name,
    dimensions: JSON.stringify(draft.dimensions),
    criticalItems: JSON.stringify(draft.criticalItems.map((c) => c.code)),
    createdAt: now,
    authorId,
  });
}

export async function createScorecardTemplate(ctx: ServiceContext, input: CreateScorecardTemplateInput): Promise<ScorecardTemplate> {
  assertCan(ctx.viewer, 'scorecardTemplate', 'create');
  const name = input.name?.trim() ?? '';
  checkName(name);
  const draft = draftOf(input.dimensions ?? [], input.criticalItems ?? []);
  assertValid(validateScorecardTemplate(draft));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const active = input.active ?? !(await manager.existsBy(ScorecardTemplate, { active: true }));
    const template = Object.assign(new ScorecardTemplate(), { ...newRecord(now), name, currentVersion: 1, active });
    await manager.insert(ScorecardTemplate, template);
    await writeTemplateVersion(manager, template, draft, ctx.viewer.id, now);
    if (active) await deactivateOthers(ctx, manager, template.id, now);
    await recordAction(manager, auditTarget(ctx, 'scorecardTemplate', template.id, now), 'CREATE', { newValue: name });
    return template;
  });
}

/** New dimensions, critical items or name save a new version; evaluations already scored keep theirs. */
export async function updateScorecardTemplate(
  ctx: ServiceContext,
  id: string,
  version: number,
  input: UpdateScorecardTemplateInput,
): Promise<ScorecardTemplate> {
  assertCan(ctx.viewer, 'scorecardTemplate', 'edit');
  const name = input.name == null ? null : input.name.trim();
  if (name !== null) checkName(name);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await manager.findOneBy(ScorecardTemplate, { id });
    if (!current) throw notFound('ScorecardTemplate', id);
    const previous = templateOf(await manager.findOneByOrFail(ScorecardTemplateVersion, { templateId: id, templateVersion: current.currentVersion }));
    const contentChanged = name !== null || input.dimensions != null || input.criticalItems != null;
    const draft = draftOf(input.dimensions ?? previous.dimensions, input.criticalItems ?? previous.criticalItems.map((c) => c.code));
    if (contentChanged) assertValid(validateScorecardTemplate(draft));
    const changes: Partial<ScorecardTemplate> = {
      ...(name !== null ? { name } : {}),
      ...(input.active != null ? { active: input.active } : {}),
      ...(contentChanged ? { currentVersion: current.currentVersion + 1 } : {}),
    };
    await updateVersioned(manager, ScorecardTemplate, 'ScorecardTemplate', id, version, changes, now);
    const next = { ...current, ...changes };
    if (contentChanged) await writeTemplateVersion(manager, next, draft, ctx.viewer.id, now);
    if (input.active && !current.active) await deactivateOthers(ctx, manager, id, now);
    await recordChanges(manager, auditTarget(ctx, 'scorecardTemplate', id, now), current, next, ['name', 'active', 'currentVersion']);
    return manager.findOneByOrFail(ScorecardTemplate, { id });
  });
}

/** One scorecard is the inspectors' default: activating one retires the other, audited. */
async function deactivateOthers(ctx: ServiceContext, manager: EntityManager, id: string, now: Date): Promise<void> {
  const others = await manager.find(ScorecardTemplate, { where: { active: true, id: Not(id) }, select: { id: true } });
  if (others.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(ScorecardTemplate)
    .set({ active: false, version: () => 'version + 1', updatedAt: now })
    .whereInIds(others.map((o) => o.id))
    .execute();
  for (const other of others)
    await recordAction(manager, auditTarget(ctx, 'scorecardTemplate', other.id, now), 'UPDATE', { field: 'active', newValue: 'false' });
}
