import type { ApiModule } from '../../shared/api-module';
import { PartReplacementStep } from './part-replacement-step.entity';
import { PartReplacement } from './part-replacement.entity';
import { partReplacementLoaders } from './part-replacement.loaders';
import { PartReplacementStepRelationsResolver } from './part-replacement-relations.resolver';
import { PartReplacementResolver, PartReplacementStepResolver } from './part-replacement.resolver';

/** Paid part replacements (有偿换件) from request to done. */
export const partReplacementModule: ApiModule = {
  name: 'part-replacement',
  entities: [PartReplacement, PartReplacementStep],
  resolvers: [PartReplacementResolver, PartReplacementStepResolver, PartReplacementStepRelationsResolver],
  loaders: [partReplacementLoaders],
  jobs: [],
};
