import { localDateIn, type LocalDate } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { type Context, serviceContext } from '../../graphql/context';
import type { ServiceContext } from '../../shared/service-context';
import { readSettings } from '../setting';

/** Contracts speak in calendar dates, so their use cases also need the business time zone. */
export interface ContractContext extends ServiceContext {
  timeZone: string;
}

export function contractContext(ctx: Context): ContractContext {
  return { ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone };
}

/** What "expiring" means right now: today in the business time zone and the configured window. */
export interface ContractCalendar {
  today: LocalDate;
  windowDays: number;
}

export async function readContractCalendar(manager: EntityManager, timeZone: string, now: Date): Promise<ContractCalendar> {
  const settings = await readSettings(manager);
  return { today: localDateIn(timeZone, now), windowDays: settings['contract.expiringWindowDays'] };
}
