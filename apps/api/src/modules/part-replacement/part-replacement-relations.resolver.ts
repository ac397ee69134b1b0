import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PartReplacementStep } from './part-replacement-step.entity';
import { PartReplacement } from './part-replacement.entity';
import { partReplacementLoaders } from './part-replacement.loaders';

@Resolver(() => PartReplacementStep)
export class PartReplacementStepRelationsResolver {
  @FieldResolver(() => PartReplacement, { nullable: true, description: 'The part replacement the step belongs to' })
  partReplacement(@Root() step: PartReplacementStep, @Ctx() ctx: Context): Promise<PartReplacement | null> {
    return partReplacementLoaders(ctx).partReplacementById.load(step.partReplacementId);
  }
}
