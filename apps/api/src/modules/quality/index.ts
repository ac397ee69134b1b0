/** What other modules may read of quality inspection (summaries and the monthly assessment read the evaluations). */
export { QualityEvaluation } from './quality-evaluation.entity';
export { QualityEvaluationScore } from './quality-evaluation-score.entity';
