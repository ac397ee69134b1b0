import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Staff, staffLoaders } from '../staff';
import { complaintContext } from './complaint-context';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { myInbox, recordHandlingOpinion, urgeComplaint } from './complaint-escalation.service';
import { Complaint } from './complaint.entity';
import { complaintLoaders } from './complaint.loaders';

@ObjectType({ description: '我的待办 (newest first, at most 100 each)' })
class ComplaintInbox {
  @Field(() => [ComplaintEscalation], { description: 'Complaints escalated to me, waiting for my handling opinion' })
  escalations: ComplaintEscalation[];

  @Field(() => [Complaint], { description: 'Proposals waiting for my approval (department managers)' })
  approvals: Complaint[];

  @Field(() => [Complaint], { description: 'My open complaints that were urged' })
  urged: Complaint[];

  @Field(() => [Complaint], { description: '转交: complaints transferred to me (reassignComplaint), until I take a step on them' })
  reassigned: Complaint[];
}

@Resolver(() => ComplaintEscalation)
export class ComplaintInboxResolver {
  @Authorized('complaint:list')
  @Query(() => ComplaintInbox, { description: "The viewer's work: complaints awaiting them, by kind (我的待办)" })
  myInbox(@Ctx() ctx: Context): Promise<ComplaintInbox> {
    return myInbox(complaintContext(ctx));
  }

  @Authorized('complaint:show')
  @Mutation(() => Complaint, { description: '催单: a trace on the timeline and a count; repeated urges raise the priority' })
  urgeComplaint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true, description: 'What the customer said when urging' }) note?: string,
    @Arg('version', () => Int, { nullable: true, description: "The complaint's version as last read: a stale one answers CONFLICT and nothing is written. Optional until 2027-03-01, then required" })
    version?: number | null,
  ): Promise<Complaint> {
    return urgeComplaint(complaintContext(ctx), id, note, version);
  }

  @Authorized('complaint:list')
  @Mutation(() => ComplaintEscalation, { description: 'By the leader the complaint was escalated to' })
  recordHandlingOpinion(
    @Ctx() ctx: Context,
    @Arg('complaintId', () => ID, { description: 'The escalated complaint' }) complaintId: string,
    @Arg('opinion', () => String, { description: "The leader's handling opinion (处理意见)" }) opinion: string,
    @Arg('version', () => Int, { nullable: true, description: "The complaint's version as last read: a stale one answers CONFLICT and nothing is written. Optional until 2027-03-01, then required" })
    version?: number | null,
  ): Promise<ComplaintEscalation> {
    return recordHandlingOpinion(complaintContext(ctx), complaintId, opinion, version);
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
