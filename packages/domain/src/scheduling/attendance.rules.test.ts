import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../setting/settings';
import { absenceFacts, attendancePolicyOf, checkCheckIn, checkCheckOut, checkInFacts, violationsFlagged } from './attendance.rules';

const POLICY = attendancePolicyOf(defaultSettings());
/** Business time is UTC+8: a day shift 08:30–17:30, a night shift 22:00–08:00 the next day. */
const at = (local: string) => new Date(`${local}+08:00`);
const DAY = { startsAt: at('2026-12-02T08:30:00'), endsAt: at('2026-12-02T17:30:00') };
const NIGHT = { startsAt: at('2026-12-02T22:00:00'), endsAt: at('2026-12-03T08:00:00') };

describe('a check-in', () => {
  it('is in time for roll call up to 10 minutes before the shift', () => {
    expect(checkInFacts(DAY, at('2026-12-02T08:20:00'), POLICY)).toEqual({ minutesLate: 0, missedRollCall: false, violation: false });
    expect(checkInFacts(DAY, at('2026-12-02T08:20:01'), POLICY)).toEqual({ minutesLate: 0, missedRollCall: true, violation: false });
    expect(checkInFacts(DAY, at('2026-12-02T08:30:00'), POLICY).minutesLate).toBe(0);
  });

  it('is a violation from 20 minutes late, not at 19:59', () => {
    expect(checkInFacts(DAY, at('2026-12-02T08:49:59'), POLICY)).toEqual({ minutesLate: 19, missedRollCall: true, violation: false });
    expect(checkInFacts(DAY, at('2026-12-02T08:50:00'), POLICY)).toEqual({ minutesLate: 20, missedRollCall: true, violation: true });
  });

  it('counts across midnight for a night shift', () => {
    expect(checkInFacts(NIGHT, at('2026-12-02T21:50:00'), POLICY).missedRollCall).toBe(false);
    expect(checkInFacts(NIGHT, at('2026-12-02T22:19:00'), POLICY).violation).toBe(false);
    expect(checkInFacts(NIGHT, at('2026-12-03T00:10:00'), POLICY)).toEqual({ minutesLate: 130, missedRollCall: true, violation: true });
    expect(checkCheckIn(NIGHT, at('2026-12-03T00:10:00'))).toEqual([]);
  });

  it('belongs to its shift: not hours ahead, not after its end', () => {
    expect(checkCheckIn(DAY, at('2026-12-02T06:30:00'))).toEqual([]);
    expect(checkCheckIn(DAY, at('2026-12-02T06:29:59')).map((v) => v.rule)).toEqual(['checkInOutsideShift']);
    expect(checkCheckIn(DAY, at('2026-12-02T17:30:00')).map((v) => v.rule)).toEqual(['checkInOutsideShift']);
  });
});

describe('a check-out', () => {
  const checkedIn = at('2026-12-02T08:25:00');
  const leaving = at('2026-12-02T17:35:00');

  it('waits for someone of the next shift to arrive', () => {
    expect(checkCheckOut(checkedIn, leaving, { incomingRostered: true, incomingCheckedIn: false }, null)).toEqual([{ rule: 'incomingNotArrived', field: 'at' }]);
    expect(checkCheckOut(checkedIn, leaving, { incomingRostered: true, incomingCheckedIn: true }, null)).toEqual([]);
    expect(checkCheckOut(checkedIn, leaving, { incomingRostered: false, incomingCheckedIn: false }, null)).toEqual([]);
  });

  it('may be let through by a leader, with a reason', () => {
    const handover = { incomingRostered: true, incomingCheckedIn: false };
    expect(checkCheckOut(checkedIn, leaving, handover, { reason: '接班人员路上堵车，已电话确认 10 分钟内到岗，班长代为值守' })).toEqual([]);
    expect(checkCheckOut(checkedIn, leaving, handover, { reason: ' ' })).toEqual([{ rule: 'required', field: 'overrideReason' }]);
  });

  it('comes after a check-in', () => {
    expect(checkCheckOut(null, leaving, { incomingRostered: false, incomingCheckedIn: false }, null)).toEqual([{ rule: 'notCheckedIn', field: 'at' }]);
    expect(checkCheckOut(leaving, checkedIn, { incomingRostered: false, incomingCheckedIn: false }, null)).toEqual([{ rule: 'checkOutBeforeCheckIn', field: 'at' }]);
  });
});

describe('absences and violations', () => {
  it('an absence from the post is a violation from 20 minutes', () => {
    expect(absenceFacts(at('2026-12-02T10:00:00'), at('2026-12-02T10:19:59'), POLICY)).toMatchObject({ minutes: 19, violation: false });
    expect(absenceFacts(at('2026-12-02T10:00:00'), at('2026-12-02T10:20:00'), POLICY)).toMatchObject({ minutes: 20, violation: true });
    expect(absenceFacts(at('2026-12-02T10:00:00'), at('2026-12-02T10:00:00'), POLICY).violations).toEqual([{ rule: 'endsBeforeStart', field: 'to' }]);
  });

  it('three in a month are flagged to the manager', () => {
    expect([2, 3, 4].map((n) => violationsFlagged(n, POLICY))).toEqual([false, true, true]);
  });
});
