import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
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
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1', updatedAt: now } as never)
    .where(`${idColumn} = :id AND version = :version`, { id, version })
    .execute();
  if (result.affected === 1) return;
  const current = await manager.getRepository(target).findOne({ where: { [idColumn]: id } as never, select: { version: true } as never });
  if (!current) throw notFound(entityName, id);
  throw conflict(entityName, id, current.version);
}
