/** What other modules may read of quality inspection (summaries and the monthly assessment read the evaluations). */
export { QualityEvaluation } from './quality-evaluation.entity';
export { QualityEvaluationScore } from './quality-evaluation-score.entity';
/** What calibration (校准) shares with evaluations: the record an evaluation is about, the scorecards and their versions. */
export { evaluatedRecord } from './quality-subject';
export { EvaluatedKindEnum } from './quality.enums';
export { decimalColumn } from './quality-decimal';
export { qualityLoaders } from './quality.loaders';
export { ScorecardTemplate } from './scorecard-template.entity';
export { ScorecardTemplateVersion } from './scorecard-template-version.entity';
export { templateOf } from './scorecard-template.service';
