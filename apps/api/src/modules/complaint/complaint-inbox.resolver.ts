import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { MOVED_TO_INPUT, stepValue } from '../../graphql/step-arguments';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { complaintContext } from './complaint-context';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { myInboxApprovals, myInboxEscalations, myInboxReassigned, myInboxUrged, recordHandlingOpinion, urgeComplaint } from './complaint-escalation.service';
import { Complaint } from './complaint.entity';
import { HandlingOpinionInput, UrgeComplaintInput } from './complaint.inputs';
import { complaintLoaders } from './complaint.loaders';
import { ComplaintPage } from './complaint.resolver';

const ComplaintEscalationPage = PageType(ComplaintEscalation, 'ComplaintEscalation');

@ObjectType({ description: '我的待办: four paged lists (the page grammar of every list: `page` with offset, `after` or `before`; `total` when selected)' })
class ComplaintInbox {}

/** The lists of 我的待办, each paged on its own. */
@Resolver(() => ComplaintInbox)
export class ComplaintInboxListsResolver {
  @FieldResolver(() => ComplaintEscalationPage, { description: 'Complaints escalated to me, waiting for my handling opinion; newest first' })
  async escalations(@Ctx() ctx: Context, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return ComplaintEscalationPage.of(await myInboxEscalations(complaintContext(ctx), page));
  }

  @FieldResolver(() => ComplaintPage, { description: 'Proposals waiting for my approval (department managers); oldest complaint first' })
  async approvals(@Ctx() ctx: Context, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return ComplaintPage.of(await myInboxApprovals(complaintContext(ctx), page));
  }

  @FieldResolver(() => ComplaintPage, { description: 'My open complaints that were urged; last urged first' })
  async urged(@Ctx() ctx: Context, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return ComplaintPage.of(await myInboxUrged(complaintContext(ctx), page));
  }

  @FieldResolver(() => ComplaintPage, { description: '转交: complaints transferred to me (reassignComplaint), until I take a step on them; last changed first' })
  async reassigned(@Ctx() ctx: Context, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    return ComplaintPage.of(await myInboxReassigned(complaintContext(ctx), page));
  }
}

@Resolver(() => ComplaintEscalation)
export class ComplaintInboxResolver {
  @Authorized('complaint:list')
  @Query(() => ComplaintInbox, { description: "The viewer's work: complaints awaiting them, by kind (我的待办)" })
  myInbox(): ComplaintInbox {
    return new ComplaintInbox();
  }

  @Authorized('complaint:show')
  @Mutation(() => Complaint, { description: '催单: a trace on the timeline and a count; repeated urges raise the priority' })
  urgeComplaint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: "The complaint's version as last read: a stale one answers CONFLICT and nothing is written. Optional until 2027-03-01, then required" })
    version?: number | null,
    @Arg('input', () => UrgeComplaintInput, { nullable: true }) input?: UrgeComplaintInput,
    @Arg('note', () => String, { nullable: true, description: 'What the customer said when urging', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return urgeComplaint(complaintContext(ctx), id, stepValue('note', input?.note, note), version);
  }

  @Authorized('complaint:list')
  @Mutation(() => ComplaintEscalation, { description: 'By the leader the complaint was escalated to' })
  recordHandlingOpinion(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The escalated complaint. Optional until 2027-03-01 (while complaintId is accepted), then required' }) id?: string,
    @Arg('version', () => Int, { nullable: true, description: "The complaint's version as last read: a stale one answers CONFLICT and nothing is written. Optional until 2027-03-01, then required" })
    version?: number | null,
    @Arg('input', () => HandlingOpinionInput, { nullable: true }) input?: HandlingOpinionInput,
    @Arg('complaintId', () => ID, { nullable: true, description: 'The escalated complaint', deprecationReason: 'Send `id`; removed after 2027-03-01' }) complaintId?: string,
    @Arg('opinion', () => String, { nullable: true, description: "The leader's handling opinion (处理意见)", deprecationReason: MOVED_TO_INPUT }) opinion?: string,
  ): Promise<ComplaintEscalation> {
    return recordHandlingOpinion(complaintContext(ctx), stepValue('id', id, complaintId, true), stepValue('opinion', input?.opinion, opinion, true), version);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint escalated' })
  complaint(@Root() escalation: ComplaintEscalation, @Ctx() ctx: Context): Promise<Complaint | null> {
    return complaintLoaders(ctx).complaintById.load(escalation.complaintId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: '上交: the owner who handed it up' })
  referredBy(@Root() escalation: ComplaintEscalation, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return escalation.referredById ? staffLoaders(ctx).staffById.load(escalation.referredById) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader it was escalated to; null when nobody holds the role' })
  escalatedTo(@Root() escalation: ComplaintEscalation, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return escalation.escalatedToId ? staffLoaders(ctx).staffById.load(escalation.escalatedToId) : null;
  }
}
