import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { CallTypeEnum } from './call-script.enums';
import { CallScript } from './call-script.entity';
import { CallScriptFilter, CallScriptSort, CreateCallScriptInput, ScriptPhraseValue, ScriptStepValue, UpdateCallScriptInput } from './call-script.inputs';
import { callScriptLoaders } from './call-script.loaders';
import { archiveCallScript, createCallScript, getActiveCallScript, getCallScript, getCallScriptRevision, listCallScripts, updateCallScript } from './call-script.service';
import { CallScriptRevision } from './call-script-revision.entity';
import type { CallType } from '@sanxin/domain';

const CallScriptPage = PageType(CallScript, 'CallScript');

@Resolver(() => CallScript)
export class CallScriptResolver {
  @Authorized('callScript:list')
  @Query(() => CallScriptPage, { description: '标准服务用语: the call scripts, a page at a time' })
  async callScripts(
    @Ctx() ctx: Context,
    @Arg('filter', () => CallScriptFilter, { nullable: true, description: 'Which scripts' }) filter?: CallScriptFilter,
    @Arg('sort', () => [CallScriptSort], { nullable: true, description: 'Order (default: by call type)' }) sort?: CallScriptSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return CallScriptPage.of(await listCallScripts(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('callScript:show')
  @Query(() => CallScript, { nullable: true, description: 'One call script by id; null when it does not exist' })
  callScript(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string): Promise<CallScript | null> {
    return getCallScript(serviceContext(ctx), id);
  }

  @Authorized('callScript:show')
  @Query(() => CallScript, { nullable: true, description: 'The script agents follow for a call type; null when it has none' })
  activeCallScript(@Ctx() ctx: Context, @Arg('callType', () => CallTypeEnum, { description: 'The call type' }) callType: CallType): Promise<CallScript | null> {
    return getActiveCallScript(serviceContext(ctx), callType);
  }

  @Authorized('callScript:show')
  @Query(() => CallScriptRevision, { nullable: true, description: 'A revision of a script as it was saved (also of a deleted script); null when none' })
  callScriptRevision(
    @Ctx() ctx: Context,
    @Arg('callScriptId', () => ID, { description: 'The script' }) callScriptId: string,
    @Arg('revision', () => Int, { description: 'Revision number' }) revision: number,
  ): Promise<CallScriptRevision | null> {
    return getCallScriptRevision(serviceContext(ctx), callScriptId, revision);
  }

  @Authorized('callScript:create')
  @Mutation(() => CallScript, { description: 'Adds a call script (revision 1)' })
  createCallScript(@Ctx() ctx: Context, @Arg('input', () => CreateCallScriptInput, { description: 'The script' }) input: CreateCallScriptInput): Promise<CallScript> {
    return createCallScript(serviceContext(ctx), input);
  }

  @Authorized('callScript:edit')
  @Mutation(() => CallScript, { description: 'Changes a call script; new text saves a new revision, the old ones stay readable' })
  updateCallScript(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on' }) version: number,
    @Arg('input', () => UpdateCallScriptInput, { description: 'What changes' }) input: UpdateCallScriptInput,
  ): Promise<CallScript> {
    return updateCallScript(serviceContext(ctx), id, version, input);
  }

  @Authorized('callScript:delete')
  @Mutation(() => ID, { description: 'Deletes (archives) a call script; its revisions stay readable. Answers the id' })
  async deleteCallScript(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on' }) version: number,
  ): Promise<string> {
    await archiveCallScript(serviceContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => CallScriptRevision, { nullable: true, description: 'The current revision' })
  current(@Root() script: CallScript, @Ctx() ctx: Context): Promise<CallScriptRevision | null> {
    return callScriptLoaders(ctx).revision(script.id, script.revision);
  }

  @FieldResolver(() => [ScriptStepValue], { description: 'The steps of the current revision, in order' })
  async steps(@Root() script: CallScript, @Ctx() ctx: Context): Promise<ScriptStepValue[]> {
    const revision = await callScriptLoaders(ctx).revision(script.id, script.revision);
    return revision ? (await callScriptLoaders(ctx).contentByRevisionId.load(revision.id)).steps : [];
  }

  @FieldResolver(() => [ScriptPhraseValue], { description: 'The situation phrases of the current revision' })
  async phrases(@Root() script: CallScript, @Ctx() ctx: Context): Promise<ScriptPhraseValue[]> {
    const revision = await callScriptLoaders(ctx).revision(script.id, script.revision);
    return revision ? (await callScriptLoaders(ctx).contentByRevisionId.load(revision.id)).phrases : [];
  }

  @FieldResolver(() => [CallScriptRevision], { description: 'Every revision, newest first (版本历史)' })
  revisions(@Root() script: CallScript, @Ctx() ctx: Context): Promise<CallScriptRevision[]> {
    return callScriptLoaders(ctx).revisionsByScriptId.load(script.id);
  }
}

@Resolver(() => CallScriptRevision)
export class CallScriptRevisionResolver {
  @FieldResolver(() => CallScript, { nullable: true, description: 'The script (null once deleted)' })
  async callScript(@Root() revision: CallScriptRevision, @Ctx() ctx: Context): Promise<CallScript | null> {
    const script = await callScriptLoaders(ctx).callScriptById.load(revision.callScriptId);
    return script?.archivedAt ? null : script;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who saved it' })
  author(@Root() revision: CallScriptRevision, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return revision.authorId ? staffLoaders(ctx).staffById.load(revision.authorId) : null;
  }

  @FieldResolver(() => [ScriptStepValue], { description: 'The steps, in order' })
  async steps(@Root() revision: CallScriptRevision, @Ctx() ctx: Context): Promise<ScriptStepValue[]> {
    return (await callScriptLoaders(ctx).contentByRevisionId.load(revision.id)).steps;
  }

  @FieldResolver(() => [ScriptPhraseValue], { description: 'The situation phrases' })
  async phrases(@Root() revision: CallScriptRevision, @Ctx() ctx: Context): Promise<ScriptPhraseValue[]> {
    return (await callScriptLoaders(ctx).contentByRevisionId.load(revision.id)).phrases;
  }
}
