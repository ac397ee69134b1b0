import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { CallScriptLine } from './call-script-line.entity';
import { CallScriptRevision } from './call-script-revision.entity';
import { CallScript } from './call-script.entity';
import { contentOf, type ScriptContent } from './call-script-content';

const revisionKey = (callScriptId: string, revision: number) => `${callScriptId}:${revision}`;

export const callScriptLoaders = defineLoaders(({ dataSource }) => {
  /** A page's revisions in one query, whichever script each belongs to. */
  const revisionByKey = new DataLoader<string, CallScriptRevision | null>(async (keys) => {
    const scriptIds = [...new Set(keys.map((key) => key.split(':')[0]))];
    const rows = await dataSource.getRepository(CallScriptRevision).find({ where: { callScriptId: In(scriptIds) } });
    const byKey = new Map(rows.map((row) => [revisionKey(row.callScriptId, row.revision), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
  /** The steps and phrases of a page's revisions in one query. */
  const contentByRevisionId = new DataLoader<string, ScriptContent>(async (ids) => {
    const lines = await dataSource.getRepository(CallScriptLine).find({ where: { revisionId: In([...ids]) } });
    return ids.map((id) => contentOf(lines.filter((line) => line.revisionId === id)));
  });
  return {
    callScriptById: byIdLoader(dataSource, CallScript),
    revisionByKey,
    contentByRevisionId,
    revision: (callScriptId: string, revision: number) => revisionByKey.load(revisionKey(callScriptId, revision)),
    /** Every revision of a page's scripts, newest first, in one query. */
    revisionsByScriptId: new DataLoader<string, CallScriptRevision[]>(async (ids) => {
      const rows = await dataSource.getRepository(CallScriptRevision).find({ where: { callScriptId: In([...ids]) }, order: { revision: 'DESC' } });
      return ids.map((id) => rows.filter((row) => row.callScriptId === id));
    }),
  };
});
