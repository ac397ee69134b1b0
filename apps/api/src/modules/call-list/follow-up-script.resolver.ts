import { callTypeOfTrigger } from '@sanxin/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CallScriptRevision, callScriptLoaders } from '../call-script';
import { FollowUp } from '../follow-up';
import { callListLoaders } from './call-list.loaders';

/** Lives here, not in the follow-up module: follow-ups know no scripts, call lists know both. */
@Resolver(() => FollowUp)
export class FollowUpScriptResolver {
  @FieldResolver(() => CallScriptRevision, {
    nullable: true,
    description: "The script to read on this call: a call list's pinned revision, else the current revision of the active script of the trigger's call type",
  })
  async callScript(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<CallScriptRevision | null> {
    const scripts = callScriptLoaders(ctx);
    if (followUp.trigger === 'CALL_LIST' && followUp.sourceId) {
      const list = await callListLoaders(ctx).callListById.load(followUp.sourceId);
      if (list) return scripts.revision(list.callScriptId, list.callScriptRevision);
    }
    const active = await scripts.activeByCallType.load(callTypeOfTrigger(followUp.trigger));
    return active ? scripts.revision(active.id, active.revision) : null;
  }
}
