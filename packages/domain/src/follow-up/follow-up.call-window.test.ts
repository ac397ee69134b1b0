import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, localMinute } from '../calendar/local-time';
import { callPreferencesOf, callStatus, callWindowsOn, checkCallTime, isCallableAt, isOutboundCall, nextCallableAt, validateCallPreferences } from './follow-up.call-window';
import { calendar, policy, shanghai } from './follow-up.fixtures';

describe('calling windows (一个避免: never in the customer’s rest hours)', () => {
  it('on a working day: 09:00-12:00 and 14:00-20:30, edges included at the start and excluded at the end', () => {
    const day = '2026-12-02'; // a Wednesday
    expect(isCallableAt(shanghai(day, '08:59'), calendar, policy)).toBe(false);
    expect(isCallableAt(shanghai(day, '09:00'), calendar, policy)).toBe(true);
    expect(isCallableAt(shanghai(day, '11:59'), calendar, policy)).toBe(true);
    expect(isCallableAt(shanghai(day, '12:00'), calendar, policy)).toBe(false);
    expect(isCallableAt(shanghai(day, '13:59'), calendar, policy)).toBe(false);
    expect(isCallableAt(shanghai(day, '14:00'), calendar, policy)).toBe(true);
    expect(isCallableAt(shanghai(day, '20:29'), calendar, policy)).toBe(true);
    expect(isCallableAt(shanghai(day, '20:30'), calendar, policy)).toBe(false);
    expect(isCallableAt(shanghai(day, '23:30'), calendar, policy)).toBe(false);
  });

  it('on weekends and public holidays: 10:00-12:00 and 15:00-18:00; a make-up Saturday (调休) is a working day', () => {
    expect(callWindowsOn('2026-12-05', calendar, policy)).toEqual([[600, 720], [900, 1080]]);
    expect(callWindowsOn('2026-10-01', calendar, policy)).toEqual([[600, 720], [900, 1080]]);
    expect(callWindowsOn('2026-10-10', calendar, policy)).toEqual([[540, 720], [840, 1230]]);
    expect(isCallableAt(shanghai('2026-10-02', '09:30'), calendar, policy)).toBe(false);
    expect(isCallableAt(shanghai('2026-10-10', '09:30'), calendar, policy)).toBe(true);
    expect(isCallableAt(shanghai('2026-12-06', '19:00'), calendar, policy)).toBe(false);
  });

  it('are narrowed by the customer’s own wishes, and closed by “do not call”', () => {
    const prefs = { notBeforeMinute: 600, notAfterMinute: 1140 };
    expect(callWindowsOn('2026-12-02', calendar, policy, prefs)).toEqual([[600, 720], [840, 1140]]);
    expect(callWindowsOn('2026-12-02', calendar, policy, { notAfterMinute: 700 })).toEqual([[540, 700]]);
    expect(callWindowsOn('2026-12-02', calendar, policy, { doNotCall: true })).toEqual([]);
    expect(nextCallableAt(shanghai('2026-12-02', '10:00'), calendar, policy, { doNotCall: true })).toBeNull();
  });

  it('say when a call may be made next: after lunch, the next morning, after the weekend or a holiday', () => {
    expect(nextCallableAt(shanghai('2026-12-02', '12:30'), calendar, policy)).toEqual(shanghai('2026-12-02', '14:00'));
    expect(nextCallableAt(shanghai('2026-12-02', '10:15'), calendar, policy)).toEqual(shanghai('2026-12-02', '10:15'));
    expect(nextCallableAt(shanghai('2026-12-04', '21:00'), calendar, policy)).toEqual(shanghai('2026-12-05', '10:00'));
    expect(nextCallableAt(shanghai('2026-09-30', '21:00'), calendar, policy)).toEqual(shanghai('2026-10-01', '10:00'));
    expect(callStatus(shanghai('2026-12-02', '12:30'), calendar, policy)).toEqual({ callable: false, nextAt: shanghai('2026-12-02', '14:00') });
    expect(callStatus(shanghai('2026-12-02', '15:00'), calendar, policy)).toEqual({ callable: true });
  });

  it('refuse a call outside the windows (quietHours, with the next time) unless it keeps an agreed appointment', () => {
    const at = shanghai('2026-12-02', '23:30');
    expect(checkCallTime(at, calendar, policy)).toEqual([{ rule: 'quietHours', field: 'at', params: { nextAt: shanghai('2026-12-03', '09:00').toISOString() } }]);
    expect(checkCallTime(at, calendar, policy, {}, shanghai('2026-12-02', '23:15'))).toEqual([]);
    expect(checkCallTime(at, calendar, policy, {}, shanghai('2026-12-02', '22:30'))).toHaveLength(1);
    expect(checkCallTime(shanghai('2026-12-02', '10:00'), calendar, policy, { doNotCall: true })).toEqual([{ rule: 'doNotCall', field: 'at' }]);
    expect(checkCallTime(shanghai('2026-12-02', '10:00'), calendar, policy)).toEqual([]);
  });

  it('the next calling time is always callable, never earlier than asked, and no callable minute is skipped', () => {
    const instants = fc.date({ min: new Date('2026-09-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, (raw) => {
        const from = new Date(Math.floor(raw.getTime() / 60_000) * 60_000);
        const next = nextCallableAt(from, calendar, policy);
        expect(next).not.toBeNull();
        if (!next) return;
        expect(next.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(isCallableAt(next, calendar, policy)).toBe(true);
        for (let t = from.getTime(); t < next.getTime(); t += 15 * 60_000) expect(isCallableAt(new Date(t), calendar, policy)).toBe(false);
        if (next.getTime() > from.getTime()) expect([540, 600, 840, 900]).toContain(localMinute(next, calendar.timeZone));
        expect(localDate(next, calendar.timeZone) >= localDate(from, calendar.timeZone)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('validate a customer’s preferences as entered: minutes of the day, not after later than not before', () => {
    expect(validateCallPreferences({ notBeforeMinute: 600, notAfterMinute: 1200 })).toEqual([]);
    expect(validateCallPreferences({ notBeforeMinute: null, notAfterMinute: 1440 })).toEqual([]);
    expect(validateCallPreferences({ notBeforeMinute: -1, notAfterMinute: 1441 })).toEqual([
      { rule: 'outOfRange', field: 'callNotBeforeMinute', params: { min: 0, max: 1439 } },
      { rule: 'outOfRange', field: 'callNotAfterMinute', params: { min: 1, max: 1440 } },
    ]);
    expect(validateCallPreferences({ notBeforeMinute: 600, notAfterMinute: 600 })).toEqual([{ rule: 'windowEndsBeforeStart', field: 'callNotAfterMinute' }]);
    expect(validateCallPreferences({ notBeforeMinute: 9.5 })).toHaveLength(1);
  });

  it('read a stored customer’s columns as preferences; none for no customer', () => {
    expect(callPreferencesOf({ doNotCall: false, callNotBeforeMinute: 600, callNotAfterMinute: null })).toEqual({ doNotCall: false, notBeforeMinute: 600, notAfterMinute: null });
    expect(callPreferencesOf(null)).toEqual({ doNotCall: false, notBeforeMinute: null, notAfterMinute: null });
    const late = callPreferencesOf({ callNotBeforeMinute: 15 * 60 });
    expect(checkCallTime(shanghai('2026-12-02', '10:00'), calendar, policy, late)).toEqual([{ rule: 'quietHours', field: 'at', params: { nextAt: shanghai('2026-12-02', '15:00').toISOString() } }]);
  });

  it('hold outbound phone calls to the windows, not inbound calls or letters', () => {
    expect(isOutboundCall({ direction: 'OUTBOUND', channel: 'PHONE' })).toBe(true);
    expect(isOutboundCall({ direction: 'INBOUND', channel: 'PHONE' })).toBe(false);
    expect(isOutboundCall({ direction: 'OUTBOUND', channel: 'EMAIL' })).toBe(false);
  });
});
