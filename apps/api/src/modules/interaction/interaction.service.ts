import { isOutboundCall, validateInteraction } from '@sanxin/domain';
import { IsNull } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertNoRuleViolations, assertValid, badUserInput, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { containsPattern } from '../../shared/like';
import { presentKeys, trimmedText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { recordFirstContact } from '../assignment';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Contact } from '../contact';
import { Customer } from '../customer';
import { callTimeViolations } from '../follow-up';
import { Interaction } from './interaction.entity';
import { type CreateInteractionInput, type InteractionFilter, type InteractionSort, type InteractionSortField, type UpdateInteractionInput } from './interaction.inputs';

/** Logging an outbound call also needs the business time zone: calling windows are in business time. */
export interface InteractionContext extends ServiceContext {
  timeZone: string;
}

const SORT_COLUMNS: Record<InteractionSortField, SortColumn<Interaction>> = {
  OCCURRED_AT: { sql: 'interaction.occurredAt', read: (i) => i.occurredAt, isDate: true },
  CREATED_AT: { sql: 'interaction.createdAt', read: (i) => i.createdAt, isDate: true },
};
const EDITABLE_FIELDS = ['channel', 'direction', 'summary', 'outcome', 'occurredAt'] as const;

export async function listInteractions(ctx: ServiceContext, filter: InteractionFilter | null | undefined, sort: InteractionSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<Interaction>> {
  assertCan(ctx.viewer, 'interaction', 'list');
  const query = ctx.dataSource.getRepository(Interaction).createQueryBuilder('interaction').where('interaction.archivedAt IS NULL');
  const f = filter ?? {};
  if (f.q?.trim()) query.andWhere("interaction.summary LIKE :q ESCAPE '!'", { q: containsPattern(f.q.trim()) });
  whereIds(query, 'interaction', f.ids);
  if (f.customerId) query.andWhere('interaction.customerId = :customerId', { customerId: f.customerId });
  if (f.staffId) query.andWhere('interaction.staffId = :staffId', { staffId: f.staffId });
  if (f.mine) query.andWhere('interaction.staffId = :viewerId', { viewerId: ctx.viewer.id });
  if (f.channel?.length) query.andWhere('interaction.channel IN (:...channels)', { channels: f.channel });
  if (f.direction?.length) query.andWhere('interaction.direction IN (:...directions)', { directions: f.direction });
  const occurredAtFrom = f.occurredAtFrom ?? f.occurredFrom;
  const occurredAtTo = f.occurredAtTo ?? f.occurredTo;
  if (occurredAtFrom) query.andWhere('interaction.occurredAt >= :occurredAtFrom', { occurredAtFrom });
  if (occurredAtTo) query.andWhere('interaction.occurredAt < :occurredAtTo', { occurredAtTo });
  return paginate({ query, alias: 'interaction', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'OCCURRED_AT', direction: SortDirection.DESC }], page });
}

export async function getInteraction(ctx: ServiceContext, id: string): Promise<Interaction | null> {
  assertCan(ctx.viewer, 'interaction', 'show');
  return ctx.dataSource.getRepository(Interaction).findOneBy({ id, archivedAt: IsNull() });
}

/** 服务记录: logged by the signed-in staff member, who becomes its author. */
export async function logInteraction(ctx: InteractionContext, input: CreateInteractionInput): Promise<Interaction> {
  assertCan(ctx.viewer, 'interaction', 'create');
  const now = ctx.clock.now();
  const draft = { ...input, summary: trimmedText(input.summary) ?? '', occurredAt: input.occurredAt ?? now };
  assertValid(validateInteraction(draft, 'create', now));
  const manager = ctx.dataSource.manager;
  if (!(await manager.existsBy(Customer, { id: input.customerId, archivedAt: IsNull() }))) throw badUserInput([{ rule: 'notFound', field: 'customerId' }]);
  if (input.contactId && !(await manager.existsBy(Contact, { id: input.contactId, customerId: input.customerId }))) {
    throw badUserInput([{ rule: 'notFound', field: 'contactId' }]);
  }
  if (isOutboundCall(draft)) assertNoRuleViolations('The customer may not be called at that time (休息时间)', await callTimeViolations(manager, ctx.timeZone, input.customerId, draft.occurredAt, 'occurredAt'));
  const interaction = Object.assign(new Interaction(), {
    ...newRecord(now),
    customerId: input.customerId,
    contactId: input.contactId ?? null,
    staffId: ctx.viewer.id,
    channel: draft.channel,
    direction: draft.direction,
    summary: draft.summary,
    outcome: draft.outcome ?? null,
    occurredAt: draft.occurredAt,
    archivedAt: null,
  });
  await ctx.dataSource.transaction(async (tx) => {
    await tx.insert(Interaction, interaction);
    await recordFirstContact(tx, interaction, now);
    await recordAction(tx, auditTarget(ctx, 'interaction', interaction.id, now), 'CREATE', { newValue: interaction.channel });
  });
  return interaction;
}

export async function updateInteraction(ctx: ServiceContext, id: string, version: number, input: UpdateInteractionInput): Promise<Interaction> {
  const current = await findActive(ctx, id);
  assertCan(ctx.viewer, 'interaction', 'edit', { isOwner: current.staffId === ctx.viewer.id });
  const now = ctx.clock.now();
  const draft = { ...input, summary: trimmedText(input.summary) };
  assertValid(validateInteraction(draft, 'update', now));
  const fields = presentKeys(draft).filter((f) => (EDITABLE_FIELDS as readonly string[]).includes(f)) as Array<(typeof EDITABLE_FIELDS)[number]>;
  const changes = Object.fromEntries(fields.map((f) => [f, draft[f]])) as Partial<Interaction>;
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Interaction, 'Interaction', id, version, changes, now);
    await recordChanges(tx, auditTarget(ctx, 'interaction', id, now), current, { ...current, ...changes }, fields);
  });
  return findActive(ctx, id);
}

export async function archiveInteraction(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'interaction', 'delete');
  await findActive(ctx, id);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Interaction, 'Interaction', id, version, { archivedAt: now }, now);
    await recordAction(tx, auditTarget(ctx, 'interaction', id, now), 'ARCHIVE');
  });
  return true;
}

async function findActive(ctx: ServiceContext, id: string): Promise<Interaction> {
  const interaction = await ctx.dataSource.getRepository(Interaction).findOneBy({ id, archivedAt: IsNull() });
  if (!interaction) throw notFound('Interaction', id);
  return interaction;
}
