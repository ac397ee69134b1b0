import type { ApiModule } from '../../shared/api-module';
import { MonthlyReport, MonthlyReportSectionRecord } from './monthly-report.entity';
import { monthlyReportLoaders } from './monthly-report.loaders';
import { MonthlyReportResolver } from './monthly-report.resolver';
import { monthlyReportRoutes } from './monthly-report.routes';

/** 月服务报告: the frozen monthly snapshot with its lifecycle, and its PDF and Excel downloads. */
export const monthlyReportModule: ApiModule = {
  name: 'monthly-report',
  entities: [MonthlyReport, MonthlyReportSectionRecord],
  resolvers: [MonthlyReportResolver],
  loaders: [monthlyReportLoaders],
  jobs: [],
  routes: (router, scope) => monthlyReportRoutes(router, scope),
};
