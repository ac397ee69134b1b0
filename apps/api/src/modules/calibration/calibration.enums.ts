import { CALIBRATION_STATUSES, CALIBRATION_STEPS, stepNames } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const CalibrationStatusEnum = graphqlEnum(
  CALIBRATION_STATUSES,
  'CalibrationStatus',
  'Where a calibration session stands: blind scoring, revealed (in discussion), agreed or cancelled',
  'calibrationStatus',
);
/** One value per step mutation (the domain's CALIBRATION_STEPS). */
export const CalibrationSessionActionEnum = graphqlEnum(
  stepNames(CALIBRATION_STEPS),
  'CalibrationSessionAction',
  'A step of a calibration session: each value is one mutation',
  {
    SUBMIT_SCORES: 'Submit the viewer’s blind scores: submitCalibrationScores',
    REVEAL: 'Reveal everyone’s scores: revealCalibrationSession',
    AGREE: 'Record the agreed score per dimension: agreeCalibrationSession',
    CANCEL: 'Cancel the session: cancelCalibrationSession',
  },
);
