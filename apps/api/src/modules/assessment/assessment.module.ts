import type { ApiModule } from '../../shared/api-module';
import { MonthlyAssessmentResolver } from './assessment.resolver';
import { MonthlyAssessment } from './monthly-assessment.entity';

/** 月考核: each agent's month, computed from QA, follow-ups, complaints and attendance, confirmed by a manager. */
export const assessmentModule: ApiModule = {
  name: 'assessment',
  entities: [MonthlyAssessment],
  resolvers: [MonthlyAssessmentResolver],
  loaders: [],
  jobs: [],
};
