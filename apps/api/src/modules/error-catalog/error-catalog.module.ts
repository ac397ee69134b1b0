import type { ApiModule } from '../../shared/api-module';
import { ErrorCatalogResolver } from './error-catalog.resolver';

/** The published error codes and their messages (from @sanxin/domain). */
export const errorCatalogModule: ApiModule = {
  name: 'error-catalog',
  entities: [],
  resolvers: [ErrorCatalogResolver],
  loaders: [],
  jobs: [],
};
