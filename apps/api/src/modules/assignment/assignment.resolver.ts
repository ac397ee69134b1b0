import type { SuggestionReason } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { SortDirection } from '../../graphql/enums';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { AgentWorkload, AssignmentSuggestion, CustomerAssignmentFilter, CustomerAssignmentSort, type SuggestionReasonView } from './assignment.inputs';
import { agentWorkloads, assignCustomers, autoAssign, getAssignment, listAssignments, suggestFor } from './assignment.service';
import { CustomerAssignment } from './customer-assignment.entity';

const CustomerAssignmentPage = PageType(CustomerAssignment, 'CustomerAssignment');

@Resolver(() => CustomerAssignment)
export class AssignmentResolver {
  @Authorized('customer:list')
  @Query(() => CustomerAssignmentPage, { description: 'Assignment history; with awaitingFirstContact, "my customers to contact"' })
  async customerAssignments(
    @Ctx() ctx: Context,
    @Arg('filter', () => CustomerAssignmentFilter, { nullable: true }) filter?: CustomerAssignmentFilter,
    @Arg('sort', () => [CustomerAssignmentSort], { nullable: true }) sort?: CustomerAssignmentSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return CustomerAssignmentPage.of(await listAssignments(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('customer:show')
  @Query(() => CustomerAssignment, { nullable: true, description: 'One assignment by id; null when it does not exist' })
  customerAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CustomerAssignment | null> {
    return getAssignment(serviceContext(ctx), id);
  }

  @Authorized('customer:list')
  @Query(() => CustomerAssignmentPage, { description: 'Current assignments past their first-contact deadline, most overdue first' })
  async overdueFirstContacts(
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID, { nullable: true, description: "Only this agent's; none: all the viewer may see" }) agentId?: string,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const sort = [{ field: 'FIRST_CONTACT_DUE_AT' as const, direction: SortDirection.ASC }];
    return CustomerAssignmentPage.of(await listAssignments(serviceContext(ctx), { overdue: true, agentId }, sort, page));
  }

  @Authorized('customer:assign')
  @Query(() => [AssignmentSuggestion], { description: 'Per customer, active agents ranked by load, skill against tier and job type' })
  async assignmentSuggestions(@Ctx() ctx: Context, @Arg('customerIds', () => [ID], { description: 'The customers to suggest agents for' }) customerIds: string[]): Promise<AssignmentSuggestion[]> {
    const suggestions = await suggestFor(serviceContext(ctx), customerIds);
    return Promise.all(
      suggestions.map(async (s) => ({
        customerId: s.customerId,
        agents: await Promise.all(
          s.agents.map(async (ranked) => ({
            agent: (await staffLoaders(ctx).staffById.load(ranked.agentId)) as Staff,
            projectedLoad: ranked.projectedLoad,
            reasons: ranked.reasons.map(reasonView),
          })),
        ),
      })),
    );
  }

  @Authorized()
  @Query(() => [AgentWorkload], { description: 'Customers and open first contacts per active agent (managers and shift leaders)' })
  agentWorkloads(@Ctx() ctx: Context): Promise<AgentWorkload[]> {
    return agentWorkloads(serviceContext(ctx));
  }

  @Authorized('customer:assign')
  @Mutation(() => [CustomerAssignment], { description: 'All or nothing; customers already owned by the agent are left as they are' })
  assignCustomers(
    @Ctx() ctx: Context,
    @Arg('customerIds', () => [ID], { description: 'The customers to assign' }) customerIds: string[],
    @Arg('agentId', () => ID, { description: 'The agent who gets the customers' }) agentId: string,
    @Arg('reason', () => String, { description: 'Why they are assigned (分配原因)' }) reason: string,
  ): Promise<CustomerAssignment[]> {
    return assignCustomers(serviceContext(ctx), customerIds, agentId, reason);
  }

  @Authorized('customer:assign')
  @Mutation(() => [CustomerAssignment], { description: 'Applies assignmentSuggestions; RULE_VIOLATION (nothing assigned) if a customer has no qualified agent' })
  autoAssign(
    @Ctx() ctx: Context,
    @Arg('customerIds', () => [ID], { description: 'The customers to assign, each to its best suggested agent' }) customerIds: string[],
    @Arg('reason', () => String, { nullable: true, description: 'Why they are assigned (分配原因), optional' }) reason?: string,
  ): Promise<CustomerAssignment[]> {
    return autoAssign(serviceContext(ctx), customerIds, reason);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() assignment: CustomerAssignment, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(assignment.customerId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  agent(@Root() assignment: CustomerAssignment, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(assignment.agentId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  previousAgent(@Root() assignment: CustomerAssignment, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return assignment.previousAgentId ? staffLoaders(ctx).staffById.load(assignment.previousAgentId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true })
  assignedBy(@Root() assignment: CustomerAssignment, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(assignment.assignedById);
  }

  @FieldResolver(() => Boolean, { description: 'Awaiting first contact and past the deadline, now' })
  overdue(@Root() assignment: CustomerAssignment, @Ctx() ctx: Context): boolean {
    return !assignment.endedAt && !assignment.firstContactedAt && assignment.firstContactDueAt < ctx.clock.now();
  }
}

function reasonView(reason: SuggestionReason): SuggestionReasonView {
  return { code: reason.code, ...reason.params };
}
