import type { SecurityEventKind, SecurityOutcome } from '@sanxin/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { newId } from '../../shared/ids';
import type { ServiceContext } from '../../shared/service-context';
import { assertCan } from '../../shared/viewer';
import { SecurityEvent } from './security-event.entity';
import type { SecurityEventFilter, SecurityEventSort, SecurityEventSortField } from './security.inputs';

export interface SecurityEventDraft {
  kind: SecurityEventKind;
  outcome: SecurityOutcome;
  at: Date;
  ip: string;
  staffId?: string | null;
  username?: string | null;
  subjectId?: string | null;
  detail?: string | null;
  /** A fixed id makes the event recorded once however many requests report it (a lock reached by parallel attempts). */
  id?: string;
}

/**
 * Writes one event: through the use case's transaction manager when it has one (role changes, exports),
 * or on its own (sign-in, whose failures must be kept even though the request fails).
 */
export async function recordSecurityEvent(db: DataSource | EntityManager, draft: SecurityEventDraft): Promise<void> {
  const row = {
    id: draft.id ?? newId(draft.at.getTime()),
    at: draft.at,
    kind: draft.kind,
    outcome: draft.outcome,
    staffId: draft.staffId ?? null,
    username: draft.username?.slice(0, 64) ?? null,
    subjectId: draft.subjectId ?? null,
    ip: draft.ip.slice(0, 64),
    detail: draft.detail?.slice(0, 200) ?? null,
  };
  const builder = db.createQueryBuilder().insert().into(SecurityEvent).values(row);
  await (draft.id ? builder.orIgnore() : builder).execute();
}

const SORT_COLUMNS: Record<SecurityEventSortField, SortColumn<SecurityEvent>> = {
  AT: { sql: 'event.at', read: (e) => e.at, isDate: true },
  KIND: { sql: 'event.kind', read: (e) => e.kind },
};

export async function listSecurityEvents(
  ctx: ServiceContext,
  filter: SecurityEventFilter | null | undefined,
  sort: SecurityEventSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<SecurityEvent>> {
  assertCan(ctx.viewer, 'securityEvent', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(SecurityEvent).createQueryBuilder('event');
  whereIds(query, 'event', f.ids);
  if (f.kind?.length) query.andWhere('event.kind IN (:...kinds)', { kinds: f.kind });
  if (f.outcome?.length) query.andWhere('event.outcome IN (:...outcomes)', { outcomes: f.outcome });
  if (f.staffId) query.andWhere('(event.staffId = :staffId OR event.subjectId = :staffId)', { staffId: f.staffId });
  if (f.username?.trim()) query.andWhere('event.username = :username', { username: f.username.trim().toLowerCase() });
  if (f.ip?.trim()) query.andWhere('event.ip = :ip', { ip: f.ip.trim() });
  const atFrom = f.atFrom ?? f.from;
  const atTo = f.atTo ?? f.to;
  if (atFrom) query.andWhere('event.at >= :atFrom', { atFrom });
  if (atTo) query.andWhere('event.at < :atTo', { atTo });
  return paginate({ query, alias: 'event', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'AT', direction: SortDirection.DESC }], page });
}

export function getSecurityEvent(ctx: ServiceContext, id: string): Promise<SecurityEvent | null> {
  assertCan(ctx.viewer, 'securityEvent', 'show');
  return ctx.dataSource.getRepository(SecurityEvent).findOneBy({ id });
}
