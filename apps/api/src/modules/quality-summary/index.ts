/** What other modules may use of the QA summaries: the weekly report's QA section reads them (decision 0046). */
export { type DisputeCounts, disputeCountsOf, qualitySummaryOf } from './quality-summary.service';
export { QualityFigures, QualityLowItem } from './quality-summary.types';
