import type { ApiModule } from '../../shared/api-module';
import { startCareJob } from './follow-up-care.job';
import { FollowUpAttempt } from './follow-up-attempt.entity';
import { FollowUpCoverageResolver } from './follow-up-coverage.resolver';
import { FollowUp } from './follow-up.entity';
import { followUpLoaders } from './follow-up.loaders';
import { FollowUpAttemptResolver, FollowUpResolver, FollowUpSatisfactionResolver } from './follow-up.resolver';

/** 回访: follow-up calls from their triggers to the customer's answer. */
export const followUpModule: ApiModule = {
  name: 'follow-up',
  entities: [FollowUp, FollowUpAttempt],
  resolvers: [FollowUpResolver, FollowUpAttemptResolver, FollowUpSatisfactionResolver, FollowUpCoverageResolver],
  loaders: [followUpLoaders],
  jobs: [startCareJob],
};
