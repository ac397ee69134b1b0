import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../graphql/context';
import { type ContractCalendar, readContractCalendar } from './contract-context';
import { Contract } from './contract.entity';

export interface ContractLoaders {
  contractById: DataLoader<string, Contract | null>;
  /** Read once per request, whatever the number of contracts shown. */
  calendar: () => Promise<ContractCalendar>;
}

/** Keyed by the request's context object, so they live exactly as long as the request. */
const perRequest = new WeakMap<Context, ContractLoaders>();

export function contractLoaders(ctx: Context): ContractLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    let calendar: Promise<ContractCalendar> | undefined;
    loaders = {
      contractById: new DataLoader(async (ids) => {
        const rows = await ctx.dataSource.getRepository(Contract).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      calendar: () => (calendar ??= readContractCalendar(ctx.dataSource.manager, ctx.config.businessTimeZone, ctx.clock.now())),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
