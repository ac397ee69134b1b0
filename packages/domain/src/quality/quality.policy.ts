import type { Settings } from '../setting/settings';
import type { AssessmentPolicy } from './quality.assessment';
import type { SamplingPolicy } from './quality.sampling';

/** The quality numbers an administrator sets (settings `quality.*`). */
export interface QualityPolicy extends SamplingPolicy, AssessmentPolicy {}

export function qualityPolicy(settings: Settings): QualityPolicy {
  return {
    minPerAgent: settings['quality.minPerAgent'],
    maxPerAgent: settings['quality.maxPerAgent'],
    flaggedWeight: settings['quality.flaggedWeight'],
    weights: {
      qa: settings['quality.assessmentWeight.qa'],
      followUpTimeliness: settings['quality.assessmentWeight.followUpTimeliness'],
      complaintTimeliness: settings['quality.assessmentWeight.complaintTimeliness'],
      satisfaction: settings['quality.assessmentWeight.satisfaction'],
      discipline: settings['quality.assessmentWeight.discipline'],
    },
    pointsPerViolation: settings['quality.pointsPerViolation'],
  };
}
