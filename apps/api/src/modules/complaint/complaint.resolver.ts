import {
  approverRolesOf,
  type ComplaintStep,
  complaintClockView,
  complaintSteps,
  mayReassignComplaint,
  mayReferComplaint,
  mayUrgeComplaint,
  nextActions,
  referViolations,
  type SlaState,
  slaView,
} from '@sanxin/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CsvExport } from '../../graphql/csv-export';
import { PageInput, PageType } from '../../graphql/pagination';
import { isSelected, Needs, type Projection, projectionOf } from '../../graphql/projection';
import type { Loaded } from '../../graphql/loaders';
import { requireViewer } from '../../shared/viewer';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { ComplaintCategory } from './complaint-category.entity';
import { ComplaintClock } from './complaint-clock.view';
import { complaintContext } from './complaint-context';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintTask } from './complaint-task.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintActionEnum, SlaStateEnum } from './complaint.enums';
import { Complaint } from './complaint.entity';
import { ComplaintFilter, ComplaintSort, CreateComplaintInput } from './complaint.inputs';
import { complaintLoaders } from './complaint.loaders';
import { exportComplaints } from './complaint-export.service';
import { type ComplaintWithJoined, getComplaint, type JoinedRows, listComplaints, registerComplaint } from './complaint.service';

export const ComplaintPage = PageType(Complaint, 'Complaint');

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized('complaint:list')
  @Query(() => ComplaintPage, { description: 'Complaints the viewer may see, a page at a time' })
  async complaints(
    @Ctx() ctx: Context,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('sort', () => [ComplaintSort], { nullable: true }) sort?: ComplaintSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const projection = info ? projectionOf(ctx.dataSource, Complaint, info, ['items']) : null;
    // The customer and the owner in the page's statement when the selection says which of their columns it needs.
    const joined = { customer: info && related(ctx, Customer, info, ['items', 'customer']), owner: info && related(ctx, Staff, info, ['items', 'owner']) };
    const result = await listComplaints(complaintContext(ctx), filter, sort, page, projection, projection ? joined : {});
    for (const item of projection ? (result.items as ComplaintWithJoined[]) : []) primeJoined(ctx, item, joined);
    return ComplaintPage.of(result);
  }

  @Authorized('complaint:export')
  @Mutation(() => CsvExport, { description: 'CSV of the complaint list as filtered and sorted, labels not codes; audited' })
  exportComplaints(
    @Ctx() ctx: Context,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('sort', () => [ComplaintSort], { nullable: true }) sort?: ComplaintSort[],
  ): Promise<CsvExport> {
    return exportComplaints(complaintContext(ctx), filter, sort);
  }

  @Authorized('complaint:show')
  @Query(() => Complaint, { nullable: true, description: 'One complaint by id; null when it does not exist' })
  async complaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<Complaint | null> {
    const projection = projectionOf(ctx.dataSource, Complaint, info);
    // As the list: the customer and the owner in the complaint's statement when the selection says which columns they need.
    const joined = { customer: related(ctx, Customer, info, ['customer']), owner: related(ctx, Staff, info, ['owner']) };
    const read = getComplaint(complaintContext(ctx), id, projection, projection ? joined : {});
    // The timeline needs only the id: read alongside the complaint, not after it (the field resolver finds it in the loader).
    if (isSelected(info, ['timeline'])) timelineOf(ctx, id, related(ctx, Staff, info, ['timeline', 'actor'])).catch(() => undefined);
    const complaint = await read;
    if (complaint && projection) primeJoined(ctx, complaint, joined);
    return complaint;
  }

  @Authorized('complaint:create')
  @Mutation(() => Complaint, { description: '受理: the registering staff member becomes the owner (首问负责)' })
  createComplaint(@Ctx() ctx: Context, @Arg('input', () => CreateComplaintInput) input: CreateComplaintInput): Promise<Complaint> {
    return registerComplaint(complaintContext(ctx), input);
  }

  @Needs<Complaint>('dueAt', 'closedAt')
  @FieldResolver(() => SlaStateEnum, { description: 'Against dueAt in business time: ON_TIME, DUE_SOON or OVERDUE' })
  async slaState(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<SlaState> {
    const { now, policy, calendar, hoursSince } = await complaintLoaders(ctx).slaRules();
    return slaView(complaint, now, policy, calendar, hoursSince).state;
  }

  @Needs<Complaint>('dueAt', 'closedAt')
  @FieldResolver(() => Int, { nullable: true, description: 'Business minutes until dueAt, negative once overdue; null when closed' })
  async remainingBusinessMinutes(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<number | null> {
    const { now, policy, calendar, hoursSince } = await complaintLoaders(ctx).slaRules();
    return slaView(complaint, now, policy, calendar, hoursSince).remainingBusinessMinutes;
  }

  @FieldResolver(() => ComplaintClock, { description: 'The original and the restarted clock, and the next escalation' })
  async clock(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintClock> {
    const { now, policy, calendar } = await complaintLoaders(ctx).slaRules();
    return complaintClockView({ ...complaint, closed: complaint.closedAt !== null }, now, calendar, policy);
  }

  @Needs<Complaint>('closedAt', 'ownerId', 'recordedById')
  @FieldResolver(() => Boolean, { description: "催单: whether this viewer may urge it now: open, and they recorded it, lead the owner's team, or are the manager or the director" })
  mayUrge(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<boolean> {
    return viewerMayUrge(complaint, ctx);
  }

  @FieldResolver(() => [ComplaintActionEnum], {
    description: 'The steps this viewer may take now, each one mutation (the console shows these as buttons): the workflow, and referring, reassigning and urging when allowed',
  })
  async availableActions(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintStep[]> {
    const viewer = requireViewer(ctx.viewer);
    const actions = nextActions(complaint.status, viewer.role, { isOwner: complaint.ownerId === viewer.id, approverRoles: approverRolesOf((await complaintLoaders(ctx).slaRules()).settings) });
    const closed = complaint.closedAt !== null;
    return complaintSteps(actions, {
      refer: mayReferComplaint(viewer, complaint) && referViolations({ closed, escalationLevel: complaint.escalationLevel }).length === 0,
      reassign: mayReassignComplaint(viewer.role) && !closed,
      urge: await viewerMayUrge(complaint, ctx),
    });
  }

  @Needs<Complaint>('customerId')
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer who complained' })
  customer(@Root() complaint: Complaint, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Customer> {
    return customerLoaders(ctx).customerById.loadSelected(complaint.customerId, projectionOf(ctx.dataSource, Customer, info));
  }

  @Needs<Complaint>('categoryId')
  @FieldResolver(() => ComplaintCategory, { nullable: true, description: 'The category (投诉类别)' })
  category(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintCategory | null> {
    return complaintLoaders(ctx).categoryById.load(complaint.categoryId);
  }

  @Needs<Complaint>('ownerId')
  @FieldResolver(() => Staff, { nullable: true, description: 'The agent handling it (承办人)' })
  owner(@Root() complaint: Complaint, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Staff> {
    return staffLoaders(ctx).staffById.loadSelected(complaint.ownerId, projectionOf(ctx.dataSource, Staff, info));
  }

  @Needs<Complaint>('recordedById')
  @FieldResolver(() => Staff, { nullable: true, description: 'Who registered it (登记人)' })
  recordedBy(@Root() complaint: Complaint, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Staff> {
    return staffLoaders(ctx).staffById.loadSelected(complaint.recordedById, projectionOf(ctx.dataSource, Staff, info));
  }

  @Needs<Complaint>()
  @FieldResolver(() => [ComplaintTimelineEntry], { description: 'Who did what, when, oldest first' })
  timeline(@Root() complaint: Complaint, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ComplaintTimelineEntry[]> {
    return timelineOf(ctx, complaint.id, related(ctx, Staff, info, ['actor']));
  }

  @Needs<Complaint>()
  @FieldResolver(() => [ComplaintTask], { description: 'Implementation tasks, one per responsible department' })
  tasks(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintTask[]> {
    return complaintLoaders(ctx).tasks.load(complaint.id);
  }

  @Needs<Complaint>()
  @FieldResolver(() => [ComplaintProposal], { description: 'Every proposal, oldest first' })
  proposals(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintProposal[]> {
    return complaintLoaders(ctx).proposals.load(complaint.id);
  }

  @Needs<Complaint>('currentProposalId')
  @FieldResolver(() => ComplaintProposal, { nullable: true, description: 'The proposal being decided or carried out' })
  async currentProposal(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintProposal | null> {
    if (!complaint.currentProposalId) return null;
    const proposals = await complaintLoaders(ctx).proposals.load(complaint.id);
    return proposals.find((p) => p.id === complaint.currentProposalId) ?? null;
  }

  @Needs<Complaint>()
  @FieldResolver(() => [ComplaintEscalation], { description: 'Escalations (升级) of the complaint' })
  escalations(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<ComplaintEscalation[]> {
    return complaintLoaders(ctx).escalations.load(complaint.id);
  }
}

@Resolver(() => ComplaintTimelineEntry)
export class ComplaintTimelineEntryResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who took the step; null for the system (escalation by the job)' })
  actor(@Root() entry: ComplaintTimelineEntry, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Staff> {
    return entry.actorId ? staffLoaders(ctx).staffById.loadSelected(entry.actorId, projectionOf(ctx.dataSource, Staff, info)) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: "Who the step went to (an escalation's leader, a new owner)" })
  recipient(@Root() entry: ComplaintTimelineEntry, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Staff> {
    return entry.recipientId ? staffLoaders(ctx).staffById.loadSelected(entry.recipientId, projectionOf(ctx.dataSource, Staff, info)) : null;
  }
}

/** The projection of a to-one field at `path` (`['items', 'owner']`) when it is selected and every field under it says what it reads. */
function related(ctx: Context, entity: typeof Customer | typeof Staff, info: GraphQLResolveInfo, path: readonly string[]): Projection | null {
  return isSelected(info, path) ? projectionOf(ctx.dataSource, entity, info, path) : null;
}

/** The customer and owner read with a complaint, handed to the loaders the field resolvers read (a read with the same or a narrower projection finds them). */
function primeJoined(ctx: Context, complaint: ComplaintWithJoined, joined: JoinedRows): void {
  if (joined.customer) customerLoaders(ctx).customerById.primeSelected(complaint.customerId, joined.customer, complaint.joinedCustomer ?? null);
  if (joined.owner) staffLoaders(ctx).staffById.primeSelected(complaint.ownerId, joined.owner, complaint.joinedOwner ?? null);
}

/** A complaint's timeline; with `actor` (its projection), each entry's actor in the same statement, primed into the staff loader. */
async function timelineOf(ctx: Context, complaintId: string, actor: Projection | null): Promise<ComplaintTimelineEntry[]> {
  if (!actor) return complaintLoaders(ctx).timeline.load(complaintId);
  const entries = await complaintLoaders(ctx).timelineWithActors(actor).load(complaintId);
  for (const entry of entries) if (entry.actorId) staffLoaders(ctx).staffById.primeSelected(entry.actorId, actor, entry.joinedActor ?? null);
  return entries;
}

/** 催单 is offered on an open complaint to whoever mayUrgeComplaint names (both from the staff loader: one statement per page). */
async function viewerMayUrge(complaint: Complaint, ctx: Context): Promise<boolean> {
  if (complaint.closedAt) return false;
  const viewer = requireViewer(ctx.viewer);
  const [me, owner] = await Promise.all([staffLoaders(ctx).staffById.load(viewer.id), staffLoaders(ctx).staffById.load(complaint.ownerId)]);
  return mayUrgeComplaint({ id: viewer.id, role: viewer.role, teamId: me?.teamId ?? null }, { recordedById: complaint.recordedById, ownerTeamId: owner?.teamId ?? null });
}
