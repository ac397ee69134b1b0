import { addBusinessHours, businessHoursBetween } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, atLocalTime, localDate } from '../calendar/local-time';
import type { CustomerTier } from '../customer/customer.types';
import type { Settings } from '../setting/settings';
import type { ComplaintSeverity, SlaState, SlaSubject } from './complaint.types';

/** 限时办结 as numbers an administrator sets (settings `complaint.*`): due hours in business hours, escalation hours on the escalation clock. */
export interface ComplaintSlaPolicy {
  escalationClock: EscalationClock;
  dueHours: Record<ComplaintSeverity, number>;
  /** Key customers get a shorter limit: this percent of the hours. */
  tierDuePercent: Record<CustomerTier, number>;
  dueSoonHours: number;
  escalateToLeaderHours: number;
  escalateToManagerHours: number;
}

export function complaintSlaPolicy(settings: Settings): ComplaintSlaPolicy {
  return {
    escalationClock: escalationClockOf(settings),
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

/** The escalation levels by name (the API's enum), each at the index of its number: 1 the shift leader (班长), 2 the department manager (主任). */
export const ESCALATION_LEVELS = ['NONE', 'SHIFT_LEADER', 'DEPT_MANAGER'] as const;
export type EscalationLevelName = (typeof ESCALATION_LEVELS)[number];

/** A level's number from its name, as the API sends it (none: 0). */
export const escalationLevelOf = (level: EscalationLevelName | null | undefined): EscalationLevel => Math.max(0, ESCALATION_LEVELS.indexOf(level ?? 'NONE')) as EscalationLevel;

/**
 * Whether a complaint's time between escalations is clock hours (CLOCK, the department's "work
 * orders open more than 24 hours", the default) or working hours (BUSINESS). Due times (限时办结)
 * are business time either way.
 */
export const ESCALATION_CLOCKS = ['CLOCK', 'BUSINESS'] as const;
export type EscalationClock = (typeof ESCALATION_CLOCKS)[number];

export function escalationClockOf(settings: Settings): EscalationClock {
  return ESCALATION_CLOCKS[settings['complaint.escalationClock']] ?? 'CLOCK';
}

/** `hours` after `from` on the policy's escalation clock. */
export function addEscalationHours(from: Date, hours: number, policy: ComplaintSlaPolicy, calendar: BusinessCalendar): Date {
  return policy.escalationClock === 'CLOCK' ? new Date(from.getTime() + hours * 3_600_000) : addBusinessHours(from, hours, calendar);
}

/** Hours from `from` to `now` on the policy's escalation clock (0 when `from` is later). */
export function escalationHoursBetween(from: Date, now: Date, policy: ComplaintSlaPolicy, calendar: BusinessCalendar): number {
  if (from >= now) return 0;
  return policy.escalationClock === 'CLOCK' ? (now.getTime() - from.getTime()) / 3_600_000 : businessHoursBetween(from, now, calendar);
}

/** Where a complaint stands on the escalation ladder, as stored. */
export interface EscalationSubject {
  /** When its clock started: registration, or the last reopening. */
  slaStartAt: Date;
  closed: boolean;
  escalationLevel: number;
  /** When it reached its current level (null at level 0). */
  escalatedAt: Date | null;
}

export interface EscalationDecision {
  /** The level a sweep at `now` leaves it at: at most one level above the stored one. */
  level: EscalationLevel;
  /** When the level after that is due, or null when there is none (or it is closed). */
  due: Date | null;
}

/**
 * 超时升级 (DOMAIN §5): open `escalateToLeaderHours` since its clock started (registration or
 * reopening) → the shift leader; still unresolved `escalateToManagerHours` after *that* escalation →
 * the department manager. Level 2 counts from the level-1 escalation, so one sweep raises a complaint
 * one level at most: after an outage the leader gets it first and the manager a full period later.
 */
export function escalationDecision(complaint: EscalationSubject, now: Date, calendar: BusinessCalendar, policy: ComplaintSlaPolicy): EscalationDecision {
  const level = storedLevel(complaint);
  const due = complaint.closed ? null : nextEscalationDue(complaint, policy, calendar);
  if (due === null || now < due) return { level, due };
  return level === 0 ? { level: 1, due: addEscalationHours(now, policy.escalateToManagerHours, policy, calendar) } : { level: 2, due: null };
}

const storedLevel = (complaint: EscalationSubject) => Math.min(2, Math.max(0, complaint.escalationLevel)) as EscalationLevel;

/** When the level above the stored one is due (ignoring whether the complaint is closed); null at level 2. */
function nextEscalationDue(complaint: EscalationSubject, policy: ComplaintSlaPolicy, calendar: BusinessCalendar): Date | null {
  const level = storedLevel(complaint);
  if (level === 2) return null;
  if (level === 0) return addEscalationHours(complaint.slaStartAt, policy.escalateToLeaderHours, policy, calendar);
  return addEscalationHours(complaint.escalatedAt ?? complaint.slaStartAt, policy.escalateToManagerHours, policy, calendar);
}

/**
 * The same decision for a whole table at once: a level-0 complaint reaches level 1 exactly when its
 * clock started at or before cutoff 1; a level-1 complaint reaches level 2 exactly when it was
 * escalated at or before cutoff 2. So the sweep asks SQL `sla_start_at <= ?` and `escalated_at <= ?`
 * (property-tested against escalationDecision).
 */
export function escalationCutoffs(now: Date, calendar: BusinessCalendar, policy: ComplaintSlaPolicy): Record<1 | 2, Date> {
  return {
    1: latestStartReaching(now, policy.escalateToLeaderHours, policy, calendar),
    2: latestStartReaching(now, policy.escalateToManagerHours, policy, calendar),
  };
}

const WEEK = 7 * 24 * 3_600_000;

/** The latest instant s with addEscalationHours(s, hours) <= now (monotone in s, so a binary search in business time). */
function latestStartReaching(now: Date, hours: number, policy: ComplaintSlaPolicy, calendar: BusinessCalendar): Date {
  if (policy.escalationClock === 'CLOCK') return new Date(now.getTime() - hours * 3_600_000);
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

/** Both clocks of a complaint: since it was first received, and since its clock last (re)started. */
export interface ComplaintClockView {
  clock: EscalationClock;
  /** First registration: a reopening never moves it. */
  originalStartAt: Date;
  /** Registration, or the last reopening: escalation counts from here. */
  startAt: Date;
  reopenCount: number;
  /** Hours on the escalation clock from originalStartAt to the close (or now). */
  hoursSinceOriginal: number;
  /** Hours on the escalation clock from startAt to the close (or now). */
  hoursSinceStart: number;
  /** The next escalation due and when; null when none is (closed, or already with the manager). */
  nextLevel: 1 | 2 | null;
  nextEscalationAt: Date | null;
}

export function complaintClockView(
  complaint: EscalationSubject & { receivedAt: Date; slaCycle: number; closedAt: Date | null },
  now: Date,
  calendar: BusinessCalendar,
  policy: ComplaintSlaPolicy,
): ComplaintClockView {
  const end = complaint.closedAt ?? now;
  const level = storedLevel(complaint);
  const nextLevel = complaint.closed || level === 2 ? null : ((level + 1) as 1 | 2);
  return {
    clock: policy.escalationClock,
    originalStartAt: complaint.receivedAt,
    startAt: complaint.slaStartAt,
    reopenCount: complaint.slaCycle,
    hoursSinceOriginal: escalationHoursBetween(complaint.receivedAt, end, policy, calendar),
    hoursSinceStart: escalationHoursBetween(complaint.slaStartAt, end, policy, calendar),
    nextLevel,
    nextEscalationAt: nextLevel === null ? null : nextEscalationDue(complaint, policy, calendar),
  };
}
