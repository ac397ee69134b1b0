import type { ApiModule } from '../../shared/api-module';
import { ReportDailyRollup, ReportRollupState } from './report-rollup.entity';
import { startRollupJob } from './report-rollup.job';
import { HomeScreenResolver } from './home-screen.resolver';
import { REPORT_RELATION_RESOLVERS } from './report-relations.resolver';
import { ReportResolver } from './report.resolver';
import { WeeklyQaResolver } from './weekly-qa.resolver';

/** 报表: the daily roll-ups and the daily and weekly reports read from them (decision 0035). */
export const reportModule: ApiModule = {
  name: 'report',
  entities: [ReportDailyRollup, ReportRollupState],
  resolvers: [ReportResolver, HomeScreenResolver, WeeklyQaResolver, ...REPORT_RELATION_RESOLVERS],
  loaders: [],
  jobs: [startRollupJob],
};
