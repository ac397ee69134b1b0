import type { ApiModule } from '../../shared/api-module';
import { ImportJob, ImportJobRow } from './import-job.entity';
import { ImportJobResolver, ImportJobRowResolver } from './import.resolver';
import { importRoutes } from './import.routes';

/** 批量导入: customers (with contacts) and contracts from CSV or Excel: the upload's dry run, the import in batches, the job list. */
export const importModule: ApiModule = {
  name: 'import',
  entities: [ImportJob, ImportJobRow],
  resolvers: [ImportJobResolver, ImportJobRowResolver],
  loaders: [],
  jobs: [],
  routes: (router, scope) => importRoutes(router, scope),
};
