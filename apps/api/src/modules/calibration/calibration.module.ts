import type { ApiModule } from '../../shared/api-module';
import { calibrationLoaders } from './calibration.loaders';
import { CalibrationParticipantResolver, CalibrationSessionResolver } from './calibration.resolver';
import { CalibrationParticipant } from './calibration-participant.entity';
import { CalibrationScore } from './calibration-score.entity';
import { CalibrationSession } from './calibration-session.entity';

/** 质检校准: blind scoring of one record by several inspectors, the spread per dimension, the agreed score. */
export const calibrationModule: ApiModule = {
  name: 'calibration',
  entities: [CalibrationSession, CalibrationParticipant, CalibrationScore],
  resolvers: [CalibrationSessionResolver, CalibrationParticipantResolver],
  loaders: [calibrationLoaders],
  jobs: [],
};
