import { type PlacedShift, type SchedulingPolicy, type Settings, schedulingPolicyOf } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { type Context, serviceContext } from '../../graphql/context';
import type { ServiceContext } from '../../shared/service-context';
import { readSettings } from '../setting';
import type { Shift } from './shift.entity';
import type { ShiftType } from './shift-type.entity';

/** Scheduling rules speak in local dates and hours, so its use cases also need the business time zone. */
export interface SchedulingContext extends ServiceContext {
  timeZone: string;
}

export function schedulingContext(ctx: Context): SchedulingContext {
  return { ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone };
}

/** `settingsRead` when the caller reads the settings anyway (the calendar's working hours): one read. */
export async function readPolicy(manager: EntityManager, settingsRead?: Promise<Settings>): Promise<SchedulingPolicy> {
  return schedulingPolicyOf(await (settingsRead ?? readSettings(manager)));
}

export function placed(shift: Shift, type: Pick<ShiftType, 'kind'>): PlacedShift {
  return { shiftId: shift.id, date: shift.date, kind: type.kind, start: shift.startsAt, end: shift.endsAt };
}
