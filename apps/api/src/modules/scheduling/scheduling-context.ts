import { DEFAULT_SCHEDULING_POLICY, type PlacedShift, type SchedulingPolicy, type Violation } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { type Context, serviceContext } from '../../graphql/context';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { readSettings } from '../setting/setting.service';
import type { Shift } from './shift.entity';
import type { ShiftType } from './shift-type.entity';

/** Scheduling rules speak in local dates and hours, so its use cases also need the business time zone. */
export interface SchedulingContext extends ServiceContext {
  timeZone: string;
}

export function schedulingContext(ctx: Context): SchedulingContext {
  return { ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone };
}

export async function readPolicy(manager: EntityManager): Promise<SchedulingPolicy> {
  const s = await readSettings(manager);
  return {
    ...DEFAULT_SCHEDULING_POLICY,
    minRestHours: s['scheduling.minRestHours'],
    maxConsecutiveNights: s['scheduling.maxConsecutiveNights'],
    maxSwapsPerMonth: s['scheduling.maxSwapsPerMonth'],
    maxSwapSkillGap: s['scheduling.maxSwapSkillGap'],
    emergencyLeaveNoticeMinutes: s['scheduling.emergencyLeaveNoticeMinutes'],
    nightLeaveCutoffMinute: s['scheduling.nightLeaveCutoffMinute'],
    holidayLeaveNoticeDays: s['scheduling.holidayLeaveNoticeDays'],
  };
}

/** RULE_VIOLATION with every violated rule (DESIGN §2), so a form can show them all. */
export function ruleViolation(message: string, violations: readonly Violation[]): AppError {
  return new AppError('RULE_VIOLATION', message, { violations: violations.map(({ rule, field, params }) => ({ rule, field: field ?? null, params: params ?? null })) });
}

export function assertNoRuleViolations(message: string, violations: readonly Violation[]): void {
  if (violations.length) throw ruleViolation(message, violations);
}

export function placed(shift: Shift, type: Pick<ShiftType, 'kind'>): PlacedShift {
  return { shiftId: shift.id, date: shift.date, kind: type.kind, start: shift.startsAt, end: shift.endsAt };
}
