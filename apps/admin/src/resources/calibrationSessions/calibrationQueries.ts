import { gql } from '@apollo/client';
import type { CalibrationSessionDetailQuery } from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type CalibrationDetail = NonNullable<CalibrationSessionDetailQuery['calibrationSession']>;
export type CalibrationSpreadRow = NonNullable<CalibrationDetail['spread']>[number];

/** A session with what the blind rule lets the viewer read: the server hides others' scores until the reveal. */
export const CALIBRATION_SESSION_DETAIL = gql`
  query calibrationSessionDetail($id: ID!) {
    calibrationSession(id: $id) {
      id version status topic subjectKind subjectId tolerancePercent submittedCount availableActions
      agreedTotal agreementNote cancelReason createdAt
      agent { id name }
      openedBy { id name }
      template { templateVersion dimensions { code weight maxScore } }
      participants { inspectorId submittedAt inspector { id name } scores { dimension score } }
      spread { dimension maxScore count min max range rangePercent mean meanAbsoluteDeviation median disagrees }
      agreedScores { dimension score }
    }
  }
`;

export interface CalibrationMethods {
  calibrationSessionDetail(id: string): Promise<CalibrationDetail | null>;
}

export function calibrationMethods(run: Run): CalibrationMethods {
  return {
    calibrationSessionDetail: async (id) => (await run<CalibrationSessionDetailQuery>('query', CALIBRATION_SESSION_DETAIL, { id })).calibrationSession ?? null,
  };
}
