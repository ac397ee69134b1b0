import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput } from '../../graphql/pagination';
import { CustomerAssignment } from '../assignment';
import { Customer } from '../customer';
import { Interaction } from './interaction.entity';
import { InteractionFilter, InteractionSort } from './interaction.inputs';
import { interactionLoaders } from './interaction.loaders';
import { InteractionPage } from './interaction.resolver';
import { listInteractions } from './interaction.service';

/** 客户的服务记录: the customer's interactions with the list's own grammar (the filter's customerId is this customer's). */
@Resolver(() => Customer)
export class CustomerInteractionsResolver {
  @FieldResolver(() => InteractionPage, { description: "The customer's service records (服务记录), a page at a time, newest first unless sorted" })
  async interactions(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg('filter', () => InteractionFilter, { nullable: true }) filter?: InteractionFilter,
    @Arg('sort', () => [InteractionSort], { nullable: true }) sort?: InteractionSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return InteractionPage.of(await listInteractions(serviceContext(ctx), { ...filter, customerId: customer.id }, sort, page));
  }
}

@Resolver(() => CustomerAssignment)
export class AssignmentFirstContactResolver {
  @FieldResolver(() => Interaction, { nullable: true, description: 'The service record that was the first contact; null until then' })
  firstContactInteraction(@Root() assignment: CustomerAssignment, @Ctx() ctx: Context): Promise<Interaction | null> | null {
    return assignment.firstContactInteractionId ? interactionLoaders(ctx).interactionById.load(assignment.firstContactInteractionId) : null;
  }
}
