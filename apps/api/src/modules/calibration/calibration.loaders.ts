import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoaders } from '../../graphql/loaders';
import { CalibrationParticipant } from './calibration-participant.entity';
import { CalibrationScore } from './calibration-score.entity';

/** The participants and the scores of a page of sessions, one query each. */
export const calibrationLoaders = defineLoaders(({ dataSource }) => ({
  participantsBySessionId: new DataLoader<string, CalibrationParticipant[]>(async (ids) => {
    const rows = await dataSource.getRepository(CalibrationParticipant).find({ where: { sessionId: In([...ids]) }, order: { inspectorId: 'ASC' } });
    return ids.map((id) => rows.filter((row) => row.sessionId === id));
  }),
  scoresBySessionId: new DataLoader<string, CalibrationScore[]>(async (ids) => {
    const rows = await dataSource.getRepository(CalibrationScore).find({ where: { sessionId: In([...ids]) } });
    return ids.map((id) => rows.filter((row) => row.sessionId === id));
  }),
}));
