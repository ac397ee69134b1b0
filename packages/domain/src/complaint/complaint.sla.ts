import { addBusinessHours, businessHoursBetween } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, atLocalTime, localDate } from '../calendar/local-time';
import type { CustomerTier } from '../customer/customer.types';
import type { Settings } from '../setting/settings';
import type { ComplaintSeverity, SlaState, SlaSubject } from './complaint.types';

/** 限时办结 as numbers an administrator sets (settings `complaint.*`), all in business hours. */
export interface ComplaintSlaPolicy {
  dueHours: Record<ComplaintSeverity, number>;
  /** Key customers get a shorter limit: this percent of the hours. */
  tierDuePercent: Record<CustomerTier, number>;
  dueSoonHours: number;
  escalateToLeaderHours: number;
  escalateToManagerHours: number;
}

export function complaintSlaPolicy(settings: Settings): ComplaintSlaPolicy {
  return {
    dueHours: {
      CRITICAL: settings['complaint.dueHoursCritical'],
      HIGH: settings['complaint.dueHoursHigh'],
      MEDIUM: settings['complaint.dueHoursMedium'],
      LOW: settings['complaint.dueHoursLow'],
    },
    tierDuePercent: { A: settings['complaint.tierADuePercent'], B: settings['complaint.tierBDuePercent'], C: 100 },
    dueSoonHours: settings['complaint.dueSoonHours'],
    escalateToLeaderHours: settings['complaint.escalateToLeaderHours'],
    escalateToManagerHours: settings['complaint.escalateToManagerHours'],
  };
}

/** The severity's hours (or the category's, when stricter), times the tier's percent, in whole hours, at least 1. */
export function complaintDueHours(subject: SlaSubject, policy: ComplaintSlaPolicy): number {
  const base = Math.min(policy.dueHours[subject.severity], subject.categoryDueHours ?? Number.POSITIVE_INFINITY);
  return Math.max(1, Math.ceil((base * policy.tierDuePercent[subject.tier]) / 100));
}

export function complaintDueAt(start: Date, subject: SlaSubject, policy: ComplaintSlaPolicy, calendar: BusinessCalendar): Date {
  return addBusinessHours(start, complaintDueHours(subject, policy), calendar);
}

export interface SlaView {
  state: SlaState;
  /** Business minutes until due; negative once overdue; null for a closed complaint. */
  remainingBusinessMinutes: number | null;
}

/**
 * A closed complaint keeps the verdict of when it closed; an open one is measured against `now`.
 * `hoursSince` measures business hours from an instant to `now` (a page shares one businessHoursUntil).
 */
export function slaView(
  complaint: { dueAt: Date; closedAt: Date | null },
  now: Date,
  policy: ComplaintSlaPolicy,
  calendar: BusinessCalendar,
  hoursSince: (from: Date) => number = (from) => businessHoursBetween(from, now, calendar),
): SlaView {
  const { dueAt, closedAt } = complaint;
  if (closedAt) return { state: closedAt > dueAt ? 'OVERDUE' : 'ON_TIME', remainingBusinessMinutes: null };
  if (now >= dueAt) return { state: 'OVERDUE', remainingBusinessMinutes: -Math.round(hoursSince(dueAt) * 60) };
  const remaining = Math.round(businessHoursBetween(now, dueAt, calendar) * 60);
  return { state: remaining <= policy.dueSoonHours * 60 ? 'DUE_SOON' : 'ON_TIME', remainingBusinessMinutes: remaining };
}

/**
 * Business hours from any instant up to `now`. The hours from each local midnight to `now` are
 * summed once, day by day backwards, so a page of complaints overdue for months costs one walk
 * over those days instead of one per complaint.
 */
export function businessHoursUntil(now: Date, calendar: BusinessCalendar): (from: Date) => number {
  const { timeZone } = calendar;
  const today = localDate(now, timeZone);
  const midnight = (date: string) => atLocalTime(date, 0, timeZone);
  const sinceMidnight = new Map([[today, businessHoursBetween(midnight(today), now, calendar)]]);
  let earliest = today;
  const fromMidnight = (date: string): number => {
    while (earliest > date) {
      const previous = addDays(earliest, -1);
      sinceMidnight.set(previous, businessHoursBetween(midnight(previous), midnight(earliest), calendar) + (sinceMidnight.get(earliest) as number));
      earliest = previous;
    }
    return sinceMidnight.get(date) as number;
  };
  return (from) => {
    if (from >= now) return 0;
    const date = localDate(from, timeZone);
    if (date === today) return businessHoursBetween(from, now, calendar);
    const next = addDays(date, 1);
    return businessHoursBetween(from, midnight(next), calendar) + fromMidnight(next);
  };
}

export type EscalationLevel = 0 | 1 | 2;

export interface EscalationDecision {
  /** 0 none, 1 the shift leader, 2 the department manager. */
  level: EscalationLevel;
  /** When the next level is reached, or null when there is none. */
  due: Date | null;
}

/**
 * Open longer than `escalateToLeaderHours` business hours since its clock started (registration,
 * or reopening) → the shift leader; `escalateToManagerHours` more → the department manager.
 */
export function escalationDecision(
  complaint: { slaStartAt: Date; closed: boolean },
  now: Date,
  calendar: BusinessCalendar,
  policy: ComplaintSlaPolicy,
): EscalationDecision {
  if (complaint.closed) return { level: 0, due: null };
  const toLeader = addBusinessHours(complaint.slaStartAt, policy.escalateToLeaderHours, calendar);
  if (now < toLeader) return { level: 0, due: toLeader };
  const toManager = addBusinessHours(complaint.slaStartAt, policy.escalateToLeaderHours + policy.escalateToManagerHours, calendar);
  return now < toManager ? { level: 1, due: toManager } : { level: 2, due: null };
}

/**
 * The same decision for a whole table at once: a complaint has reached a level exactly when its
 * clock started at or before that level's cutoff, so the sweep can ask SQL `sla_start_at <= ?`
 * (property-tested against escalationDecision).
 */
export function escalationCutoffs(now: Date, calendar: BusinessCalendar, policy: ComplaintSlaPolicy): Record<1 | 2, Date> {
  return {
    1: latestStartReaching(now, policy.escalateToLeaderHours, calendar),
    2: latestStartReaching(now, policy.escalateToLeaderHours + policy.escalateToManagerHours, calendar),
  };
}

const WEEK = 7 * 24 * 3_600_000;

/** The latest instant s with addBusinessHours(s, hours) <= now (monotone in s, so a binary search). */
function latestStartReaching(now: Date, hours: number, calendar: BusinessCalendar): Date {
  const reaches = (start: number) => addBusinessHours(new Date(start), hours, calendar).getTime() <= now.getTime();
  let low = now.getTime() - WEEK;
  while (!reaches(low)) low -= WEEK;
  let high = now.getTime() + 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (reaches(middle)) low = middle;
    else high = middle;
  }
  return new Date(low);
}
