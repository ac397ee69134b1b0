import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput } from '../../graphql/pagination';
import { Needs } from '../../graphql/projection';
import { Contact, contactLoaders } from '../contact';
import { Contract, contractLoaders } from '../contract';
import { Customer } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintTask } from './complaint-task.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { Complaint } from './complaint.entity';
import { complaintContext } from './complaint-context';
import { ComplaintFilter, ComplaintSort } from './complaint.inputs';
import { complaintLoaders } from './complaint.loaders';
import { ComplaintPage } from './complaint.resolver';
import { listComplaints } from './complaint.service';

/** The objects beside a complaint's id fields, each through a loader (one query per page, not per row). */
@Resolver(() => Complaint)
export class ComplaintRelationsResolver {
  @Needs<Complaint>('contactId')
  @FieldResolver(() => Contact, { nullable: true, description: "The customer's contact who complained, if recorded" })
  contact(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<Contact | null> | null {
    return complaint.contactId ? contactLoaders(ctx).contactById.load(complaint.contactId) : null;
  }

  @Needs<Complaint>('contractId')
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract it concerns, if any' })
  contract(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return complaint.contractId ? contractLoaders(ctx).contractById.load(complaint.contractId) : null;
  }
}

@Resolver(() => ComplaintProposal)
export class ComplaintProposalRelationsResolver {
  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint the proposal is for' })
  complaint(@Root() proposal: ComplaintProposal, @Ctx() ctx: Context): Promise<Complaint | null> {
    return complaintLoaders(ctx).complaintById.load(proposal.complaintId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The agent who proposed it' })
  proposedBy(@Root() proposal: ComplaintProposal, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(proposal.proposedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The manager who decided; null while pending' })
  decidedBy(@Root() proposal: ComplaintProposal, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return proposal.decidedById ? staffLoaders(ctx).staffById.load(proposal.decidedById) : null;
  }
}

@Resolver(() => ComplaintTask)
export class ComplaintTaskRelationsResolver {
  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint the task implements' })
  complaint(@Root() task: ComplaintTask, @Ctx() ctx: Context): Promise<Complaint | null> {
    return complaintLoaders(ctx).complaintById.load(task.complaintId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who marked it done; null while open' })
  doneBy(@Root() task: ComplaintTask, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return task.doneById ? staffLoaders(ctx).staffById.load(task.doneById) : null;
  }
}

@Resolver(() => ComplaintTimelineEntry)
export class ComplaintTimelineRelationsResolver {
  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint the entry belongs to' })
  complaint(@Root() entry: ComplaintTimelineEntry, @Ctx() ctx: Context): Promise<Complaint | null> {
    return complaintLoaders(ctx).complaintById.load(entry.complaintId);
  }
}

/** 客户的投诉: the customer's complaints with the list's own grammar (the filter's customerId is this customer's). */
@Resolver(() => Customer)
export class CustomerComplaintsResolver {
  @Needs<Customer>()
  @FieldResolver(() => ComplaintPage, { description: "The customer's complaints (投诉), a page at a time, in the complaints list's order unless sorted" })
  async complaints(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('sort', () => [ComplaintSort], { nullable: true }) sort?: ComplaintSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ComplaintPage.of(await listComplaints(complaintContext(ctx), { ...filter, customerId: customer.id }, sort, page));
  }
}
