/** What other modules (and the demo seed) may use of monthly assessments. */
export { MonthlyAssessment } from './monthly-assessment.entity';
export { computeAssessmentsIn } from './assessment.service';
