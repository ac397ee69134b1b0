import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoaders } from '../../graphql/loaders';
import { groupBy } from '../../shared/group-by';
import { TrainingPlanAgent } from './training-plan.entity';
import { TrainingResult, TrainingSession } from './training-session.entity';

/** A page of plans' agents, sessions and results, one statement per relation. */
export const trainingLoaders = defineLoaders(({ dataSource }) => ({
  agentIdsByPlanId: new DataLoader<string, string[]>(async (ids) => {
    const byPlan = groupBy(await dataSource.getRepository(TrainingPlanAgent).findBy({ planId: In([...ids]) }), (row) => row.planId);
    return ids.map((id) => (byPlan.get(id) ?? []).map((row) => row.staffId).sort());
  }),
  sessionsByPlanId: new DataLoader<string, TrainingSession[]>(async (ids) => {
    const rows = await dataSource.getRepository(TrainingSession).find({ where: { planId: In([...ids]) }, order: { heldOn: 'ASC', id: 'ASC' } });
    const byPlan = groupBy(rows, (row) => row.planId);
    return ids.map((id) => byPlan.get(id) ?? []);
  }),
  resultsBySessionId: new DataLoader<string, TrainingResult[]>(async (ids) => {
    const bySession = groupBy(await dataSource.getRepository(TrainingResult).find({ where: { sessionId: In([...ids]) }, order: { staffId: 'ASC' } }), (row) => row.sessionId);
    return ids.map((id) => bySession.get(id) ?? []);
  }),
}));
