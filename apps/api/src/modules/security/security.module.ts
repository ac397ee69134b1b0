import type { ApiModule } from '../../shared/api-module';
import { SecurityEvent } from './security-event.entity';
import { SecurityResolver } from './security.resolver';

/** 安全日志: security events recorded by sign-in, staff administration and exports; listed for administrators. */
export const securityModule: ApiModule = {
  name: 'security',
  entities: [SecurityEvent],
  resolvers: [SecurityResolver],
  loaders: [],
  jobs: [],
};
