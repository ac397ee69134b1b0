import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PendingChange, reviewLoaders } from '../review';
import { Customer } from './customer.entity';
import { customerLoaders } from './customer.loaders';

/** 复核 on the customer: its open change (one batched statement per page), and the customer beside a change. */
@Resolver(() => Customer)
export class CustomerPendingChangeResolver {
  @FieldResolver(() => PendingChange, { nullable: true, description: '待复核: the change of sensitive fields awaiting a second person; null when none' })
  pendingChange(@Root() customer: Customer, @Ctx() ctx: Context): Promise<PendingChange | null> {
    return reviewLoaders(ctx).openChangeOf('customer', customer.id);
  }
}

@Resolver(() => PendingChange)
export class PendingChangeCustomerResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer changed, when the change is of a customer' })
  customer(@Root() change: PendingChange, @Ctx() ctx: Context): Promise<Customer | null> | null {
    return change.entity === 'customer' ? customerLoaders(ctx).customerById.load(change.recordId) : null;
  }
}
