import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { projectionOf } from '../../graphql/projection';
import type { Loaded } from '../../graphql/loaders';
import { Contact, contactLoaders } from '../contact';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { Interaction } from './interaction.entity';
import { CreateInteractionInput, InteractionFilter, InteractionSort, UpdateInteractionInput } from './interaction.inputs';
import { archiveInteraction, getInteraction, listInteractions, logInteraction, updateInteraction } from './interaction.service';

export const InteractionPage = PageType(Interaction, 'Interaction');

@Resolver(() => Interaction)
export class InteractionResolver {
  @Authorized('interaction:list')
  @Query(() => InteractionPage, { description: 'Service records, a page at a time' })
  async interactions(
    @Ctx() ctx: Context,
    @Arg('filter', () => InteractionFilter, { nullable: true }) filter?: InteractionFilter,
    @Arg('sort', () => [InteractionSort], { nullable: true }) sort?: InteractionSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return InteractionPage.of(await listInteractions(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('interaction:show')
  @Query(() => Interaction, { nullable: true, description: 'One service record by id; null when it does not exist' })
  interaction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Interaction | null> {
    return getInteraction(serviceContext(ctx), id);
  }

  @Authorized('interaction:create')
  @Mutation(() => Interaction, { description: 'Records a service contact with a customer (服务记录)' })
  createInteraction(@Ctx() ctx: Context, @Arg('input', () => CreateInteractionInput) input: CreateInteractionInput): Promise<Interaction> {
    return logInteraction({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone }, input);
  }

  @Authorized('interaction:edit')
  @Mutation(() => Interaction, { description: 'Corrects a service record' })
  updateInteraction(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateInteractionInput) input: UpdateInteractionInput,
  ): Promise<Interaction> {
    return updateInteraction(serviceContext(ctx), id, version, input);
  }

  @Authorized('interaction:delete')
  @Mutation(() => ID, { description: 'answers the id, for clients to evict it from their cache' })
  async deleteInteraction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await archiveInteraction(serviceContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() interaction: Interaction, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Customer> {
    return customerLoaders(ctx).customerById.loadSelected(interaction.customerId, projectionOf(ctx.dataSource, Customer, info));
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<Contact | null> | null {
    return interaction.contactId ? contactLoaders(ctx).contactById.load(interaction.contactId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true })
  staff(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(interaction.staffId);
  }
}
