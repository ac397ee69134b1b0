import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessHoursBetween } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { defaultSettings } from '../setting/settings';
import { businessHoursUntil, complaintDueAt, complaintDueHours, complaintSlaPolicy, escalationCutoffs, escalationDecision, slaView } from './complaint.sla';

// 2026 国庆: Oct 1-7 off, Sep 20 (Sunday) and Oct 10 (Saturday) worked; 08:30-17:30.
const calendar: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workdayStartMinute: 510,
  workdayEndMinute: 1050,
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
    { date: '2026-09-20', kind: 'MAKEUP_WORKDAY' as const, name: '国庆节调休上班' },
    { date: '2026-10-10', kind: 'MAKEUP_WORKDAY' as const, name: '国庆节调休上班' },
  ],
};
const policy = complaintSlaPolicy(defaultSettings());
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('complaint time limits', () => {
  it('come from severity, a stricter category and the customer tier', () => {
    expect(complaintDueHours({ severity: 'LOW', tier: 'C', categoryDueHours: null }, policy)).toBe(24);
    expect(complaintDueHours({ severity: 'LOW', tier: 'C', categoryDueHours: 4 }, policy)).toBe(4);
    expect(complaintDueHours({ severity: 'MEDIUM', tier: 'A', categoryDueHours: null }, policy)).toBe(8);
    expect(complaintDueHours({ severity: 'CRITICAL', tier: 'B', categoryDueHours: null }, policy)).toBe(3);
    // 16 h from Friday 16:00: 1.5 + 9 + 5.5 → Tuesday 14:00.
    expect(complaintDueAt(shanghai('2026-11-20', '16:00'), { severity: 'MEDIUM', tier: 'C', categoryDueHours: null }, policy, calendar)).toEqual(shanghai('2026-11-24', '14:00'));
  });

  it('show remaining business minutes, due soon and overdue', () => {
    const dueAt = shanghai('2026-11-24', '14:00');
    expect(slaView({ dueAt, closedAt: null }, shanghai('2026-11-24', '09:00'), policy, calendar)).toEqual({ state: 'ON_TIME', remainingBusinessMinutes: 300 });
    expect(slaView({ dueAt, closedAt: null }, shanghai('2026-11-24', '12:30'), policy, calendar)).toEqual({ state: 'DUE_SOON', remainingBusinessMinutes: 90 });
    expect(slaView({ dueAt, closedAt: null }, shanghai('2026-11-25', '09:30'), policy, calendar)).toEqual({ state: 'OVERDUE', remainingBusinessMinutes: -270 });
    expect(slaView({ dueAt, closedAt: shanghai('2026-11-24', '13:00') }, shanghai('2026-12-01', '09:00'), policy, calendar)).toEqual({ state: 'ON_TIME', remainingBusinessMinutes: null });
  });

  it('property: business hours until now, summed per day, equal the direct count', () => {
    const now = shanghai('2026-11-25', '10:17');
    const hoursSince = businessHoursUntil(now, calendar);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 * 24 * 60 }), (minutesBack) => {
        const from = new Date(now.getTime() - minutesBack * 60_000);
        expect(hoursSince(from)).toBeCloseTo(businessHoursBetween(from, now, calendar), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('escalate the afternoon-before-国庆 complaint only after the holiday, at 24 and 48 business hours', () => {
    const start = { slaStartAt: shanghai('2026-09-30', '15:30'), closed: false };
    // 2 h on Sep 30, Oct 8 and 9 (18 h), 4 h on the make-up Saturday: 24 h at Oct 10 12:30; 24 more at Oct 14 09:30.
    expect(escalationDecision(start, shanghai('2026-10-07', '23:00'), calendar, policy)).toEqual({ level: 0, due: shanghai('2026-10-10', '12:30') });
    expect(escalationDecision(start, shanghai('2026-10-10', '12:30'), calendar, policy)).toEqual({ level: 1, due: shanghai('2026-10-14', '09:30') });
    expect(escalationDecision(start, shanghai('2026-10-14', '09:30'), calendar, policy)).toEqual({ level: 2, due: null });
    expect(escalationDecision({ ...start, closed: true }, shanghai('2026-10-14', '12:30'), calendar, policy)).toEqual({ level: 0, due: null });
  });

  it('property: the cutoffs the sweep compares in SQL agree with the decision for every start', () => {
    const base = Date.parse('2026-09-15T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 24 * 60 }), fc.integer({ min: 0, max: 40 * 24 * 60 }), (startMinute, nowMinute) => {
        const slaStartAt = new Date(base + startMinute * 60_000);
        const now = new Date(base + nowMinute * 60_000);
        const cutoffs = escalationCutoffs(now, calendar, policy);
        const expected = slaStartAt <= cutoffs[2] ? 2 : slaStartAt <= cutoffs[1] ? 1 : 0;
        expect(escalationDecision({ slaStartAt, closed: false }, now, calendar, policy).level).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
