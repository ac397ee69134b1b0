import type { ApiModule } from '../../shared/api-module';
import { CallList } from './call-list.entity';
import { callListLoaders } from './call-list.loaders';
import { CallListAgentProgressResolver, CallListFilterResolver, CallListResolver } from './call-list.resolver';
import { FollowUpScriptResolver } from './follow-up-script.resolver';

/** 外呼任务: call lists, launched into follow-ups. */
export const callListModule: ApiModule = {
  name: 'call-list',
  entities: [CallList],
  resolvers: [CallListResolver, CallListAgentProgressResolver, CallListFilterResolver, FollowUpScriptResolver],
  loaders: [callListLoaders],
  jobs: [],
};
