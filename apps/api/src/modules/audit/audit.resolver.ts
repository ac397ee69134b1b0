import type { Resource } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { forbidden } from '../../shared/errors';
import { assertCan, scopeFor } from '../../shared/viewer';
import { Staff, staffLoaders } from '../staff';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntityEnum } from './audit.enums';

const HISTORY_LIMIT = 500;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('auditEntry:list')
  @Query(() => [AuditEntry], { description: 'Change history of one record, oldest first (at most 500 rows). FORBIDDEN for a kind of record the viewer reads only in part (leave requests for all but the approvers): the history holds the values of records they may not read' })
  auditEntries(@Ctx() ctx: Context, @Arg('entity', () => AuditEntityEnum, { description: 'The kind of record' }) entity: Resource, @Arg('entityId', () => ID, { description: 'Id of the record' }) entityId: string): Promise<AuditEntry[]> {
    const service = serviceContext(ctx);
    assertCan(service.viewer, entity, 'show');
    if (scopeFor(service.viewer, entity, 'show') !== 'all') throw forbidden(entity, 'history', 'the history of a record you read only in part');
    return service.dataSource.getRepository(AuditEntry).find({ where: { entity, entityId }, order: { at: 'ASC', id: 'ASC' }, take: HISTORY_LIMIT });
  }

  @FieldResolver(() => Staff, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return entry.actorId ? staffLoaders(ctx).staffById.load(entry.actorId) : null;
  }
}
