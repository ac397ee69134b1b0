import type { ScriptPhrase, ScriptStep } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../../shared/ids';
import { CallScriptLine } from './call-script-line.entity';
import { CallScriptRevision } from './call-script-revision.entity';
import type { CallScript } from './call-script.entity';

export interface ScriptContent {
  steps: ScriptStep[];
  phrases: ScriptPhrase[];
}

/** Saves the script's current text as its revision `script.revision`: one row for the revision, one INSERT for its lines. */
export async function writeRevision(manager: EntityManager, script: Pick<CallScript, 'id' | 'revision' | 'callType' | 'name'>, content: ScriptContent, authorId: string | null, now: Date): Promise<CallScriptRevision> {
  const revision = Object.assign(new CallScriptRevision(), {
    id: newId(now.getTime()),
    callScriptId: script.id,
    revision: script.revision,
    callType: script.callType,
    name: script.name,
    createdAt: now,
    authorId,
  });
  await manager.insert(CallScriptRevision, revision);
  const steps = content.steps.map((step, position) => ({ section: 'STEP' as const, kind: step.kind, branch: step.branch, situation: null, text: step.text, position }));
  const phrases = content.phrases.map((phrase, index) => ({ section: 'PHRASE' as const, kind: null, branch: null, situation: phrase.situation, text: phrase.text, position: steps.length + index }));
  await manager.insert(
    CallScriptLine,
    [...steps, ...phrases].map((line) => ({ id: newId(now.getTime()), revisionId: revision.id, ...line })),
  );
  return revision;
}

/** A revision's lines (in position order) back into steps and phrases. */
export function contentOf(lines: readonly CallScriptLine[]): ScriptContent {
  const ordered = [...lines].sort((a, b) => a.position - b.position);
  return {
    steps: ordered.filter((line) => line.section === 'STEP').map((line) => ({ kind: line.kind ?? 'QUESTION', branch: line.branch ?? 'ALL', text: line.text })),
    phrases: ordered.filter((line) => line.section === 'PHRASE').map((line) => ({ situation: line.situation ?? 'ANSWER_UNKNOWN', text: line.text })),
  };
}
