import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { PartReplacementStep } from './part-replacement-step.entity';

/** Keyed by the request's context object, so they live exactly as long as the request. */
const perRequest = new WeakMap<Context, DataLoader<string, PartReplacementStep[]>>();

/** Timelines of a whole page in one query. */
export function stepsLoader(ctx: Context): DataLoader<string, PartReplacementStep[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const steps = await ctx.dataSource.getRepository(PartReplacementStep).find({ where: { partReplacementId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
      return ids.map((id) => steps.filter((step) => step.partReplacementId === id));
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}
