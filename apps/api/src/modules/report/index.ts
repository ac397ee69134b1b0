/** What other code may use of reports: the roll-up (the benchmarks and the demo seed run it). */
export { computeDay, dayBounds } from './report-rollup.compute';
export { dirtyDays, rebuildRollups, refreshDay, runRollupJob } from './report-rollup.job';
export { HomeTarget } from './home-screen.resolver';
export { type ReportContext, type ReportScope, reportScope } from './report.service';
