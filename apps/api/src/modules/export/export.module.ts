import type { ApiModule } from '../../shared/api-module';
import { ExportResolver } from './export.resolver';

/** 导出: every list as CSV or Excel through the list's own query (decision 0044). */
export const exportModule: ApiModule = {
  name: 'export',
  entities: [],
  resolvers: [ExportResolver],
  loaders: [],
  jobs: [],
};
