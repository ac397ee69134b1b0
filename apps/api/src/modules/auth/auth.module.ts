import type { ApiModule } from '../../shared/api-module';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle.entity';
import { SessionRecord } from './session.entity';

/** Sign-in, sessions and the login throttle. */
export const authModule: ApiModule = {
  name: 'auth',
  entities: [SessionRecord, LoginThrottle],
  resolvers: [AuthResolver],
  loaders: [],
  jobs: [],
};
