import { handoverNextActions, handoverStatusOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Complaint, complaintLoaders } from '../complaint';
import { Staff, staffLoaders } from '../staff';
import { HandoverLog } from './handover-log.entity';
import { CreateHandoverLogInput, HandoverLogFilter, HandoverLogSort, UpdateHandoverLogInput } from './handover.inputs';
import { acknowledgeHandover, findIncomingLeader, listHandoverLogs, updateHandover, writeHandover } from './handover.service';
import { isLeaderOfTeam } from './roster-queries';
import { StepNoteInput } from '../../graphql/step-note.input';
import { schedulingContext } from './scheduling-context';

const HandoverLogPage = PageType(HandoverLog, 'HandoverLog');

@Resolver(() => HandoverLog)
export class HandoverLogResolver {
  @Authorized('handoverLog:list')
  @Query(() => HandoverLogPage, { description: 'Handover logs, a page at a time' })
  async handoverLogs(
    @Ctx() ctx: Context,
    @Arg('filter', () => HandoverLogFilter, { nullable: true }) filter?: HandoverLogFilter,
    @Arg('sort', () => [HandoverLogSort], { nullable: true }) sort?: HandoverLogSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return HandoverLogPage.of(await listHandoverLogs(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('handoverLog:show')
  @Query(() => HandoverLog, { nullable: true, description: 'One handover log by id; null when it does not exist' })
  handoverLog(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<HandoverLog | null> {
    return ctx.dataSource.getRepository(HandoverLog).findOneBy({ id });
  }

  @Authorized('handoverLog:create')
  @Mutation(() => HandoverLog, { description: 'The outgoing shift leader writes the handover log (交班)' })
  createHandoverLog(@Ctx() ctx: Context, @Arg('input', () => CreateHandoverLogInput) input: CreateHandoverLogInput): Promise<HandoverLog> {
    return writeHandover(schedulingContext(ctx), input);
  }

  @Authorized('handoverLog:edit')
  @Mutation(() => HandoverLog, { description: 'The writer corrects the handover until it is acknowledged (then INVALID_TRANSITION)' })
  updateHandoverLog(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateHandoverLogInput) input: UpdateHandoverLogInput,
  ): Promise<HandoverLog> {
    return updateHandover(schedulingContext(ctx), id, version, input);
  }

  @Authorized('handoverLog:edit')
  @Mutation(() => HandoverLog, {
    description: 'The leader on duty of the team’s next shift confirms the handover (a shift leader of the team when the roster names none); anybody else FORBIDDEN; twice INVALID_TRANSITION',
  })
  acknowledgeHandoverLog(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StepNoteInput, { nullable: true, description: 'An optional remark on taking over' }) input?: StepNoteInput,
  ): Promise<HandoverLog> {
    return acknowledgeHandover(schedulingContext(ctx), id, version, input?.note);
  }

  @FieldResolver(() => [Complaint], { description: 'The open difficult cases (openCaseIds) as complaints, with their numbers, in the order listed' })
  async openCases(@Root() log: HandoverLog, @Ctx() ctx: Context): Promise<Complaint[]> {
    const found = await complaintLoaders(ctx).complaintById.loadMany(log.openCaseIds ?? []);
    return found.filter((c): c is Complaint => c instanceof Complaint);
  }

  @FieldResolver(() => [String], {
    description: "What the viewer may do on the handover now (edit: the writer until acknowledged; acknowledge: the incoming leader): the domain's handoverNextActions, which the mutations enforce too. A few statements per unacknowledged log: ask for it on one log, not on long lists",
  })
  async availableActions(@Root() log: HandoverLog, @Ctx() ctx: Context): Promise<string[]> {
    const status = handoverStatusOf(log);
    if (!ctx.viewer || status === 'ACKNOWLEDGED') return [];
    const isWriter = log.outgoingLeaderId === ctx.viewer.id;
    let isIncomingLeader = false;
    if (!isWriter && ctx.viewer.role === 'SHIFT_LEADER') {
      // As acknowledgeHandover decides: the next shift's leader, or any shift leader of the team when the roster names none.
      const manager = ctx.dataSource.manager;
      const incoming = await findIncomingLeader(manager, log);
      isIncomingLeader = incoming ? incoming.id === ctx.viewer.id : await isLeaderOfTeam(manager, ctx.viewer.id, log.teamId);
    }
    return handoverNextActions(status, { isWriter, isIncomingLeader });
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The outgoing shift leader who wrote it (交班班长)' })
  outgoingLeader(@Root() log: HandoverLog, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(log.outgoingLeaderId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who acknowledged' })
  incomingLeader(@Root() log: HandoverLog, @Ctx() ctx: Context): Promise<Staff | null> {
    return log.incomingLeaderId ? staffLoaders(ctx).staffById.load(log.incomingLeaderId) : Promise.resolve(null);
  }
}
