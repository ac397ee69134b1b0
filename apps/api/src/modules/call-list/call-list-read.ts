import { type EntityManager, IsNull } from 'typeorm';
import { badUserInput, notFound } from '../../shared/errors';
import { CallScript } from '../call-script';
import { CallList } from './call-list.entity';

export async function findActiveCallList(manager: EntityManager, id: string): Promise<CallList> {
  const list = await manager.findOneBy(CallList, { id, archivedAt: IsNull() });
  if (!list) throw notFound('CallList', id);
  return list;
}

/** The list's script, still in the library: a deleted one is an input to fix, not a missing list. */
export async function scriptOf(manager: EntityManager, callScriptId: string): Promise<CallScript> {
  const script = await manager.findOneBy(CallScript, { id: callScriptId, archivedAt: IsNull() });
  if (!script) throw badUserInput([{ rule: 'notFound', field: 'callScriptId' }]);
  return script;
}
