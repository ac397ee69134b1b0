import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { CallScript, CallScriptRevision, callScriptLoaders } from '../call-script';
import { Staff, staffLoaders } from '../staff';
import { CallList } from './call-list.entity';
import { CallListFilter, CallListSort, CreateCallListInput, LaunchCallListInput, UpdateCallListInput } from './call-list.inputs';
import { callListLoaders } from './call-list.loaders';
import { archiveCallList, createCallList, getCallList, listCallLists, updateCallList } from './call-list.service';
import { CallListFilterValue } from './call-list-filter';
import { type CallListContext, launchCallList } from './call-list-launch';

const CallListPage = PageType(CallList, 'CallList');
const callListContext = (ctx: Context): CallListContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@ObjectType({ description: 'Follow-ups of a call list by status' })
export class CallListTally {
  @Field(() => Int, { description: 'Follow-ups in all' })
  total: number;

  @Field(() => Int, { description: 'Done (reached, with a result, or refused)' })
  done: number;

  @Field(() => Int, { description: 'Unreachable after the failed attempts' })
  unreachable: number;

  @Field(() => Int, { description: 'Still to call (open or in progress)' })
  open: number;

  @Field(() => Int, { description: 'Cancelled' })
  cancelled: number;
}

@ObjectType({ description: 'One agent’s follow-ups of a call list by status' })
export class CallListAgentProgress extends CallListTally {
  @Field(() => ID, { description: 'The agent' })
  agentId: string;
}

@ObjectType({ description: 'Progress of a call list, in all and per agent (外呼进度)' })
export class CallListProgressValue extends CallListTally {
  @Field(() => [CallListAgentProgress], { description: 'Per agent, in the list’s order' })
  agents: CallListAgentProgress[];
}

@Resolver(() => CallList)
export class CallListResolver {
  @Authorized('callList:list')
  @Query(() => CallListPage, { description: '外呼任务: call lists, a page at a time' })
  async callLists(
    @Ctx() ctx: Context,
    @Arg('filter', () => CallListFilter, { nullable: true, description: 'Which lists' }) filter?: CallListFilter,
    @Arg('sort', () => [CallListSort], { nullable: true, description: 'Order (default: newest first)' }) sort?: CallListSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return CallListPage.of(await listCallLists(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('callList:show')
  @Query(() => CallList, { nullable: true, description: 'One call list by id; null when it does not exist' })
  callList(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string): Promise<CallList | null> {
    return getCallList(serviceContext(ctx), id);
  }

  @Authorized('callList:create')
  @Mutation(() => CallList, { description: 'Drafts a call list' })
  createCallList(@Ctx() ctx: Context, @Arg('input', () => CreateCallListInput, { description: 'The list' }) input: CreateCallListInput): Promise<CallList> {
    return createCallList(serviceContext(ctx), input);
  }

  @Authorized('callList:edit')
  @Mutation(() => CallList, { description: 'Changes a draft call list' })
  updateCallList(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on' }) version: number,
    @Arg('input', () => UpdateCallListInput, { description: 'What changes' }) input: UpdateCallListInput,
  ): Promise<CallList> {
    return updateCallList(serviceContext(ctx), id, version, input);
  }

  @Authorized('callList:edit')
  @Mutation(() => CallList, { description: 'Launches a draft: its customers become follow-ups dealt evenly to the agents within the daily quota' })
  launchCallList(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the launch is based on' }) version: number,
    @Arg('input', () => LaunchCallListInput, { nullable: true, description: 'When the calls start' }) input?: LaunchCallListInput,
  ): Promise<CallList> {
    return launchCallList(callListContext(ctx), id, version, input ?? {});
  }

  @Authorized('callList:delete')
  @Mutation(() => ID, { description: 'Deletes (archives) a call list; launched follow-ups stay. Answers the id' })
  async deleteCallList(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Identifier' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on' }) version: number,
  ): Promise<string> {
    await archiveCallList(serviceContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => CallScript, { nullable: true, description: 'The call script (null once deleted)' })
  async callScript(@Root() list: CallList, @Ctx() ctx: Context): Promise<CallScript | null> {
    const script = await callScriptLoaders(ctx).callScriptById.load(list.callScriptId);
    return script?.archivedAt ? null : script;
  }

  @FieldResolver(() => CallScriptRevision, { nullable: true, description: 'The revision of the script the calls use' })
  scriptRevision(@Root() list: CallList, @Ctx() ctx: Context): Promise<CallScriptRevision | null> {
    return callScriptLoaders(ctx).revision(list.callScriptId, list.callScriptRevision);
  }

  @FieldResolver(() => [Staff], { description: 'The agents who call' })
  async agents(@Root() list: CallList, @Ctx() ctx: Context): Promise<Staff[]> {
    const staff = await staffLoaders(ctx).staffById.loadMany(list.agentIds);
    return staff.filter((person): person is Staff => person != null && !(person instanceof Error));
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who created it' })
  createdBy(@Root() list: CallList, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return list.createdById ? staffLoaders(ctx).staffById.load(list.createdById) : null;
  }

  @FieldResolver(() => CallListProgressValue, { description: 'Follow-ups done, unreachable and still open, in all and per agent' })
  progress(@Root() list: CallList, @Ctx() ctx: Context): Promise<CallListProgressValue> {
    return callListLoaders(ctx).progressByList.load(list);
  }
}

@Resolver(() => CallListAgentProgress)
export class CallListAgentProgressResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The agent' })
  agent(@Root() row: CallListAgentProgress, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(row.agentId);
  }
}

@Resolver(() => CallListFilterValue)
export class CallListFilterResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The owner agent the filter keeps' })
  owner(@Root() filter: CallListFilterValue, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return filter.ownerId ? staffLoaders(ctx).staffById.load(filter.ownerId) : null;
  }
}
