import type { ApiModule } from '../../shared/api-module';
import { CallScript } from './call-script.entity';
import { callScriptLoaders } from './call-script.loaders';
import { CallScriptResolver, CallScriptRevisionResolver } from './call-script.resolver';
import { CallScriptLine } from './call-script-line.entity';
import { CallScriptRevision } from './call-script-revision.entity';

/** 标准服务用语: call scripts per call type, versioned by revision. */
export const callScriptModule: ApiModule = {
  name: 'call-script',
  entities: [CallScript, CallScriptRevision, CallScriptLine],
  resolvers: [CallScriptResolver, CallScriptRevisionResolver],
  loaders: [callScriptLoaders],
  jobs: [],
};
