import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { PartReplacement } from './part-replacement.entity';
import { PartReplacementStep } from './part-replacement-step.entity';

export const partReplacementLoaders = defineLoaders(({ dataSource }) => ({
  partReplacementById: byIdLoader(dataSource, PartReplacement),
  /** Timelines of a whole page in one query. */
  steps: new DataLoader<string, PartReplacementStep[]>(async (ids) => {
    const steps = await dataSource.getRepository(PartReplacementStep).find({ where: { partReplacementId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    return ids.map((id) => steps.filter((step) => step.partReplacementId === id));
  }),
}));
