import DataLoader from 'dataloader';
import type { CallType } from '@sanxin/domain';
import { In, IsNull } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { CallScriptLine } from './call-script-line.entity';
import { CallScriptRevision } from './call-script-revision.entity';
import { CallScript } from './call-script.entity';
import { contentOf, type ScriptContent } from './call-script-content';

export const callScriptLoaders = defineLoaders(({ dataSource }) => {
  /** Every revision of a page's scripts, newest first, in one query (a script has a handful). */
  const revisionsByScriptId = new DataLoader<string, CallScriptRevision[]>(async (ids) => {
    const rows = await dataSource.getRepository(CallScriptRevision).find({ where: { callScriptId: In([...ids]) }, order: { revision: 'DESC' } });
    return ids.map((id) => rows.filter((row) => row.callScriptId === id));
  });
  return {
    callScriptById: byIdLoader(dataSource, CallScript),
    /** The script in use per call type (the latest changed, should two be active), for a page of follow-ups in one query. */
    activeByCallType: new DataLoader<CallType, CallScript | null>(async (callTypes) => {
      const rows = await dataSource.getRepository(CallScript).find({ where: { callType: In([...callTypes]), active: true, archivedAt: IsNull() }, order: { updatedAt: 'DESC', id: 'DESC' } });
      return callTypes.map((callType) => rows.find((row) => row.callType === callType) ?? null);
    }),
    revisionsByScriptId,
    revision: async (callScriptId: string, revision: number) => (await revisionsByScriptId.load(callScriptId)).find((row) => row.revision === revision) ?? null,
    /** The steps and phrases of a page's revisions in one query. */
    contentByRevisionId: new DataLoader<string, ScriptContent>(async (ids) => {
      const lines = await dataSource.getRepository(CallScriptLine).find({ where: { revisionId: In([...ids]) } });
      return ids.map((id) => contentOf(lines.filter((line) => line.revisionId === id)));
    }),
  };
});
