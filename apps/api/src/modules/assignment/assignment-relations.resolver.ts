import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Customer, customerLoaders } from '../customer';
import { AssignmentSuggestion } from './assignment.inputs';

@Resolver(() => AssignmentSuggestion)
export class AssignmentSuggestionRelationsResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer the suggestion is for' })
  customer(@Root() suggestion: AssignmentSuggestion, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(suggestion.customerId);
  }
}
