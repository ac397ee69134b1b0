import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessHoursBetween } from '../calendar/calendar.rules';
import { nationalDay2026, shanghai } from '../calendar/calendar.fixtures';
import { defaultSettings } from '../setting/settings';
import {
  businessHoursUntil,
  complaintClockView,
  complaintDueAt,
  complaintDueHours,
  complaintSlaPolicy,
  escalationCutoffs,
  escalationDecision,
  addEscalationHours,
  escalationHoursBetween,
  escalationLevelOf,
  ESCALATION_LEVELS,
  slaView,
} from './complaint.sla';

const calendar = nationalDay2026;
const policy = complaintSlaPolicy(defaultSettings());
const business = complaintSlaPolicy({ ...defaultSettings(), 'complaint.escalationClock': 1 });

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

  it('escalate in clock hours by default: 24 h after registration, holidays or not, then 24 h after the leader got it', () => {
    const start = { slaStartAt: shanghai('2026-09-30', '15:30'), closed: false, escalationLevel: 0, escalatedAt: null };
    expect(policy.escalationClock).toBe('CLOCK');
    expect(escalationDecision(start, shanghai('2026-10-01', '15:29'), calendar, policy)).toEqual({ level: 0, due: shanghai('2026-10-01', '15:30') });
    // The sweep that finds it on 国庆 morning two days late raises it one level; the manager's turn is counted from then.
    expect(escalationDecision(start, shanghai('2026-10-03', '09:00'), calendar, policy)).toEqual({ level: 1, due: shanghai('2026-10-04', '09:00') });
    const atLeader = { ...start, escalationLevel: 1, escalatedAt: shanghai('2026-10-03', '09:00') };
    expect(escalationDecision(atLeader, shanghai('2026-10-04', '08:59'), calendar, policy)).toEqual({ level: 1, due: shanghai('2026-10-04', '09:00') });
    expect(escalationDecision(atLeader, shanghai('2026-10-04', '09:00'), calendar, policy)).toEqual({ level: 2, due: null });
    expect(escalationDecision({ ...atLeader, closed: true }, shanghai('2026-10-14', '12:30'), calendar, policy)).toEqual({ level: 1, due: null });
  });

  it('escalate in business hours when set so: the afternoon-before-国庆 complaint only after the holiday', () => {
    const start = { slaStartAt: shanghai('2026-09-30', '15:30'), closed: false, escalationLevel: 0, escalatedAt: null };
    // 2 h on Sep 30, Oct 8 and 9 (18 h), 4 h on the make-up Saturday: 24 h at Oct 10 12:30; 24 more at Oct 14 09:30.
    expect(escalationDecision(start, shanghai('2026-10-07', '23:00'), calendar, business)).toEqual({ level: 0, due: shanghai('2026-10-10', '12:30') });
    expect(escalationDecision(start, shanghai('2026-10-10', '12:30'), calendar, business)).toEqual({ level: 1, due: shanghai('2026-10-14', '09:30') });
    const atLeader = { ...start, escalationLevel: 1, escalatedAt: shanghai('2026-10-10', '12:30') };
    expect(escalationDecision(atLeader, shanghai('2026-10-14', '09:30'), calendar, business)).toEqual({ level: 2, due: null });
  });

  it('show the original and the restarted clock of a reopened complaint', () => {
    const reopened = {
      receivedAt: shanghai('2026-11-02', '09:00'),
      slaStartAt: shanghai('2026-11-09', '09:00'),
      slaCycle: 1,
      closed: false,
      closedAt: null,
      escalationLevel: 0,
      escalatedAt: null,
    };
    expect(complaintClockView(reopened, shanghai('2026-11-09', '21:00'), calendar, policy)).toEqual({
      clock: 'CLOCK',
      originalStartAt: shanghai('2026-11-02', '09:00'),
      startAt: shanghai('2026-11-09', '09:00'),
      reopenCount: 1,
      hoursSinceOriginal: 7 * 24 + 12,
      hoursSinceStart: 12,
      nextLevel: 1,
      nextEscalationAt: shanghai('2026-11-10', '09:00'),
    });
    expect(complaintClockView(reopened, shanghai('2026-11-09', '21:00'), calendar, business)).toMatchObject({ clock: 'BUSINESS', hoursSinceStart: 8.5, nextEscalationAt: shanghai('2026-11-11', '15:00') });
  });

  const clocks = [policy, business];
  // Starts over three months around 国庆: nights, weekends, the holiday week and its make-up days.
  const startMinute = fc.integer({ min: 0, max: 90 * 24 * 60 });
  const base = Date.parse('2026-09-01T00:00:00Z');
  const minute = (m: number) => new Date(base + m * 60_000);

  it('property: the escalation clock across nights, weekends and holidays', () => {
    fc.assert(
      fc.property(startMinute, fc.constantFrom(...clocks), (m, p) => {
        const subject = { slaStartAt: minute(m), closed: false, escalationLevel: 0, escalatedAt: null };
        const due = escalationDecision(subject, subject.slaStartAt, calendar, p).due as Date;
        if (p.escalationClock === 'CLOCK') expect(due.getTime() - subject.slaStartAt.getTime()).toBe(24 * 3_600_000);
        else expect(businessHoursBetween(subject.slaStartAt, due, calendar)).toBeCloseTo(24, 6);
        expect(escalationDecision(subject, new Date(due.getTime() - 1), calendar, p).level).toBe(0);
        expect(escalationDecision(subject, due, calendar, p).level).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the cutoffs the sweep compares in SQL agree with the decision at both levels', () => {
    fc.assert(
      fc.property(startMinute, fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.constantFrom(...clocks), (m, toEscalation, toNow, p) => {
        const slaStartAt = minute(m);
        const escalatedAt = minute(m + toEscalation);
        const now = minute(m + toNow);
        const cutoffs = escalationCutoffs(now, calendar, p);
        expect(escalationDecision({ slaStartAt, closed: false, escalationLevel: 0, escalatedAt: null }, now, calendar, p).level).toBe(slaStartAt <= cutoffs[1] ? 1 : 0);
        expect(escalationDecision({ slaStartAt, closed: false, escalationLevel: 1, escalatedAt }, now, calendar, p).level).toBe(escalatedAt <= cutoffs[2] ? 2 : 1);
      }),
      { numRuns: 200 },
    );
  });

  it.each([1, 3, 10])('property: a catch-up sweep after %i days of outage escalates to the leader first and to the manager only 24 hours later', (outageDays) => {
    const SWEEP_EVERY = 60_000;
    fc.assert(
      fc.property(startMinute, fc.constantFrom(...clocks), (m, p) => {
        const slaStartAt = minute(m);
        const complaint = { slaStartAt, closed: false, escalationLevel: 0, escalatedAt: null as Date | null };
        // One sweep as the job runs it: level 1 against cutoff 1, then level 2 against cutoff 2, in one go.
        const sweep = (now: Date): number[] => {
          const cutoffs = escalationCutoffs(now, calendar, p);
          const raised: number[] = [];
          if (complaint.escalationLevel === 0 && complaint.slaStartAt <= cutoffs[1]) raised.push(Object.assign(complaint, { escalationLevel: 1, escalatedAt: now }).escalationLevel);
          if (complaint.escalationLevel === 1 && (complaint.escalatedAt as Date) <= cutoffs[2]) raised.push(Object.assign(complaint, { escalationLevel: 2, escalatedAt: now }).escalationLevel);
          return raised;
        };
        // The job went down an hour before the complaint was due and comes back `outageDays` later.
        const due = escalationDecision(complaint, slaStartAt, calendar, p).due as Date;
        const back = new Date(due.getTime() - 3_600_000 + outageDays * 24 * 3_600_000 + 17 * 60_000);
        expect(sweep(back)).toEqual([1]);
        // The sweeps after it, every minute: none before 24 hours on the escalation clock, the first after.
        const toManager = addEscalationHours(back, 24, p, calendar).getTime();
        const sweeps = Math.ceil((toManager - back.getTime()) / SWEEP_EVERY);
        expect(sweep(new Date(back.getTime() + SWEEP_EVERY))).toEqual([]);
        expect(sweep(new Date(back.getTime() + (sweeps - 1) * SWEEP_EVERY))).toEqual([]);
        const last = new Date(back.getTime() + sweeps * SWEEP_EVERY);
        expect(sweep(last)).toEqual([2]);
        expect(escalationHoursBetween(back, last, p, calendar)).toBeGreaterThanOrEqual(24);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('name each escalation level at the index of its number, as the API sends it', () => {
    expect(ESCALATION_LEVELS.map(escalationLevelOf)).toEqual([0, 1, 2]);
    expect(escalationLevelOf(null)).toBe(0);
  });
});
