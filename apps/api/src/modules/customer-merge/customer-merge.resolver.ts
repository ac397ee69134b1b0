import { canAccess } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { CustomerMerge } from './customer-merge.entity';
import { countOf, findCustomerDuplicates, listCustomerMerges, type MergeContext, mergeCustomers, undoCustomerMerge } from './customer-merge.service';
import { CustomerDuplicate } from './customer-merge.types';

const mergeContext = (ctx: Context): MergeContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@Resolver(() => CustomerMerge)
export class CustomerMergeResolver {
  @Authorized('customer:list')
  @Query(() => [CustomerDuplicate], { description: 'Live customers a customer being filled in may duplicate: the same phone, or the same name and company (at most 5; never their PII)' })
  async customerDuplicates(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { nullable: true, description: 'The name being entered' }) name?: string,
    @Arg('company', () => String, { nullable: true, description: 'The company being entered' }) company?: string,
    @Arg('phone', () => String, { nullable: true, description: 'The phone number being entered' }) phone?: string,
    @Arg('excludeId', () => ID, { nullable: true, description: 'The customer being edited' }) excludeId?: string,
  ): Promise<CustomerDuplicate[]> {
    const service = serviceContext(ctx);
    const found = await findCustomerDuplicates(service, { name, company, phone, excludeId });
    const canOpen = canAccess(service.viewer.role, 'customer', 'show');
    return found.map(({ customer, reasons }) => ({ customerId: customer.id, name: customer.name, company: customer.company, reasons, canOpen }));
  }

  @Authorized('customer:show')
  @Query(() => [CustomerMerge], { description: 'Merges the customer took part in, newest first' })
  customerMerges(@Ctx() ctx: Context, @Arg('customerId', () => ID, { description: 'The customer' }) customerId: string): Promise<CustomerMerge[]> {
    return listCustomerMerges(serviceContext(ctx), customerId);
  }

  @Authorized('customer:merge')
  @Mutation(() => CustomerMerge, { description: 'Folds the duplicate (source) into the customer kept (target): contacts, interactions, contracts, complaints and assignments move, the source is archived. CONFLICT on a stale version of either' })
  mergeCustomers(
    @Ctx() ctx: Context,
    @Arg('sourceId', () => ID, { description: 'The duplicate, archived by the merge' }) sourceId: string,
    @Arg('sourceVersion', () => Int, { description: "The duplicate's version as last read" }) sourceVersion: number,
    @Arg('targetId', () => ID, { description: 'The customer kept' }) targetId: string,
    @Arg('targetVersion', () => Int, { description: "The kept customer's version as last read" }) targetVersion: number,
  ): Promise<CustomerMerge> {
    return mergeCustomers(mergeContext(ctx), sourceId, sourceVersion, targetId, targetVersion);
  }

  @Authorized('customer:merge')
  @Mutation(() => CustomerMerge, { description: 'The same business day only (RULE_VIOLATION mergeUndoExpired after): the moved records go back and the source is live again' })
  undoCustomerMerge(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<CustomerMerge> {
    return undoCustomerMerge(mergeContext(ctx), id, version);
  }

  @FieldResolver(() => Int, { description: 'How many records moved (contacts, interactions, contracts, complaints, assignments)' })
  movedCount(@Root() merge: CustomerMerge): number {
    return countOf(merge.moved);
  }
}
