import { isWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, atLocalTime, localDate, localMinute } from '../calendar/local-time';
import type { Violation } from '../violation';
import type { CallWindow, FollowUpPolicy } from './follow-up.policy';
import type { CallPreferences } from './follow-up.types';

/**
 * 一个避免: never disturb a customer in their rest hours. A day's calling windows are the working-day
 * or the rest-day windows (weekends and public holidays; a make-up working day 调休 is a working
 * day), narrowed by the customer's own "not before / not after"; "do not call" leaves none.
 */
export function callWindowsOn(date: string, calendar: BusinessCalendar, policy: FollowUpPolicy, prefs: CallPreferences = {}): CallWindow[] {
  if (prefs.doNotCall) return [];
  const windows = isWorkingDay(date, calendar) ? policy.workdayWindows : policy.restDayWindows;
  const from = prefs.notBeforeMinute ?? 0;
  const to = prefs.notAfterMinute ?? 1440;
  return windows.map(([start, end]) => [Math.max(start, from), Math.min(end, to)] as const).filter(([start, end]) => start < end);
}

export function isCallableAt(at: Date, calendar: BusinessCalendar, policy: FollowUpPolicy, prefs: CallPreferences = {}): boolean {
  const minute = localMinute(at, calendar.timeZone);
  return callWindowsOn(localDate(at, calendar.timeZone), calendar, policy, prefs).some(([start, end]) => minute >= start && minute < end);
}

/** How far ahead a next calling time is looked for: a month covers the longest holiday. */
const SEARCH_DAYS = 31;

/** The first instant at or after `from` inside a calling window; null when the customer may not be called at all. */
export function nextCallableAt(from: Date, calendar: BusinessCalendar, policy: FollowUpPolicy, prefs: CallPreferences = {}): Date | null {
  const { timeZone } = calendar;
  const today = localDate(from, timeZone);
  const nowMinute = localMinute(from, timeZone);
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    const date = addDays(today, offset);
    for (const [start, end] of callWindowsOn(date, calendar, policy, prefs)) {
      if (offset > 0 || nowMinute < start) return atLocalTime(date, start, timeZone);
      if (nowMinute < end) return from;
    }
  }
  return null;
}

/** What a task shows: "can call now", or "not before 14:00" (and on which day), or "do not call". */
export type CallStatus = { callable: true } | { callable: false; nextAt: Date | null };

export function callStatus(at: Date, calendar: BusinessCalendar, policy: FollowUpPolicy, prefs: CallPreferences = {}): CallStatus {
  if (isCallableAt(at, calendar, policy, prefs)) return { callable: true };
  return { callable: false, nextAt: nextCallableAt(at, calendar, policy, prefs) };
}

/**
 * A call (a follow-up attempt, an outbound interaction) at `at`: inside a calling window, or keeping
 * a time the customer agreed to (within the policy's tolerance). Otherwise RULE_VIOLATION quietHours,
 * with the next time the customer may be called.
 */
export function checkCallTime(
  at: Date,
  calendar: BusinessCalendar,
  policy: FollowUpPolicy,
  prefs: CallPreferences = {},
  appointmentAt: Date | null = null,
  field = 'at',
): Violation[] {
  if (appointmentAt && Math.abs(at.getTime() - appointmentAt.getTime()) <= policy.appointmentToleranceMinutes * 60_000) return [];
  if (prefs.doNotCall) return [{ rule: 'doNotCall', field }];
  if (isCallableAt(at, calendar, policy, prefs)) return [];
  const next = nextCallableAt(at, calendar, policy, prefs);
  return [{ rule: 'quietHours', field, params: next ? { nextAt: next.toISOString() } : {} }];
}

/** A customer's call preferences as entered: minutes of the day, "not after" later than "not before". */
export function validateCallPreferences(prefs: CallPreferences): Violation[] {
  const violations: Violation[] = [];
  const { notBeforeMinute: from, notAfterMinute: to } = prefs;
  if (from != null && !(Number.isInteger(from) && from >= 0 && from <= 1439)) violations.push({ rule: 'outOfRange', field: 'callNotBeforeMinute', params: { min: 0, max: 1439 } });
  if (to != null && !(Number.isInteger(to) && to >= 1 && to <= 1440)) violations.push({ rule: 'outOfRange', field: 'callNotAfterMinute', params: { min: 1, max: 1440 } });
  if (violations.length === 0 && from != null && to != null && to <= from) violations.push({ rule: 'windowEndsBeforeStart', field: 'callNotAfterMinute' });
  return violations;
}

/** The stored columns of a customer as the call-window functions read them. */
export function callPreferencesOf(customer: { doNotCall?: boolean | null; callNotBeforeMinute?: number | null; callNotAfterMinute?: number | null } | null | undefined): CallPreferences {
  return { doNotCall: customer?.doNotCall ?? false, notBeforeMinute: customer?.callNotBeforeMinute ?? null, notAfterMinute: customer?.callNotAfterMinute ?? null };
}

/** Which logged interactions are calls to the customer, held to the calling windows: outbound phone calls (外呼). */
export function isOutboundCall(interaction: { direction?: string | null; channel?: string | null }): boolean {
  return interaction.direction === 'OUTBOUND' && interaction.channel === 'PHONE';
}
