import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { describeConflictWith } from '../db/transaction-retry';
import { conflict, notFound } from './errors';

/**
 * `UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`: a stale version changes
 * nothing and answers CONFLICT with the current version, so no update is ever lost.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  entityName: string,
  id: string,
  version: number,
  changes: Partial<E>,
  now: Date,
  idColumn = 'id',
): Promise<void> {
  const record: VersionedRecord<E> = { target, entityName, id, idColumn };
  // Should the transaction lose every retry to concurrent writers, it answers like a stale save; read outside the aborted transaction.
  describeConflictWith(() => staleVersionError(manager.connection.manager, record));
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1', updatedAt: now } as never)
    .where(`${idColumn} = :id AND version = :version`, { id, version })
    .execute();
  if (result.affected === 1) return;
  throw await staleVersionError(manager, record);
}

interface VersionedRecord<E extends ObjectLiteral> {
  target: EntityTarget<E>;
  entityName: string;
  id: string;
  idColumn: string;
}

/** CONFLICT with the record's current version, or NOT_FOUND when it is gone. */
async function staleVersionError<E extends ObjectLiteral>(manager: EntityManager, { target, entityName, id, idColumn }: VersionedRecord<E>): Promise<Error> {
  const current = await manager.getRepository(target).findOne({ where: { [idColumn]: id } as never, select: { version: true } as never });
  return current ? conflict(entityName, id, current.version) : notFound(entityName, id);
}
