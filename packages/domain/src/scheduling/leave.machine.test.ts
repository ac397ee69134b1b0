import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, nextWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, weekday } from '../calendar/local-time';
import {
  type LeaveState,
  certificateDueOn,
  certificateMissing,
  checkOnBehalf,
  leaveAfterApproval,
  leaveMachine,
  leaveNextActions,
  leaveStepViolations,
  splitLateLeave,
} from './leave.machine';
import { checkLeave, type LeaveToCheck } from './leave.rules';
import { CALENDAR_2026, DAY_SHIFT, at } from './scheduling.fixtures';
import { DEFAULT_SCHEDULING_POLICY } from './scheduling.policy';
import { placeShift } from './shift-time';

const TZ = 'Asia/Shanghai';
const agent = { id: 'agent', role: 'AGENT' as const };
const leader = { id: 'leader', role: 'SHIFT_LEADER' as const };
const manager = { id: 'manager', role: 'DEPT_MANAGER' as const };
const director = { id: 'director', role: 'CENTER_DIRECTOR' as const };

function state(extra: Partial<LeaveState> = {}): LeaveState {
  return {
    status: 'PENDING',
    staffId: 'agent',
    requestedById: 'agent',
    awaitingRole: 'DEPT_MANAGER',
    late: false,
    lateAcceptedById: null,
    type: 'PERSONAL',
    start: at('2026-11-10', '08:00'),
    end: at('2026-11-10', '20:00'),
    certificateRef: null,
    ...extra,
  };
}

describe('leaveMachine', () => {
  it('only a pending request is decided; an approved one still takes its certificate; the rest are final', () => {
    expect(leaveMachine.allowedActions('PENDING')).toEqual(['acceptLate', 'approve', 'reject', 'edit', 'submitCertificate', 'cancel']);
    expect(leaveMachine.allowedActions('APPROVED')).toEqual(['submitCertificate']);
    expect(leaveMachine.allowedActions('REJECTED')).toEqual([]);
    expect(leaveMachine.allowedActions('CANCELLED')).toEqual([]);
    expect(() => leaveMachine.assertTransition('APPROVED', 'approve')).toThrow(/cannot APPROVE from APPROVED \(allowed: SUBMIT_CERTIFICATE\)/);
  });
});

describe('leaveNextActions: who approves', () => {
  it('the manager approves or rejects a short request; the person edits or withdraws; nobody else acts', () => {
    expect(leaveNextActions(state(), manager)).toEqual(['approve', 'reject']);
    expect(leaveNextActions(state(), agent)).toEqual(['edit', 'cancel']);
    expect(leaveNextActions(state(), director)).toEqual([]);
    expect(leaveNextActions(state(), leader)).toEqual([]);
  });

  it('a longer request goes to the manager, then the director, nobody skipped', () => {
    const long = { start: at('2026-11-10', '08:00'), end: at('2026-11-12', '08:00') };
    expect(leaveAfterApproval(long, 'DEPT_MANAGER')).toEqual({ status: 'PENDING', awaitingRole: 'CENTER_DIRECTOR' });
    expect(leaveAfterApproval(long, 'CENTER_DIRECTOR')).toEqual({ status: 'APPROVED', awaitingRole: null });
    expect(leaveAfterApproval(state(), 'DEPT_MANAGER')).toEqual({ status: 'APPROVED', awaitingRole: null });
    const atDirector = state({ ...long, awaitingRole: 'CENTER_DIRECTOR' });
    expect(leaveNextActions(atDirector, manager)).toEqual([]);
    expect(leaveNextActions(atDirector, director)).toEqual(['approve', 'reject']);
    expect(leaveStepViolations(state(), director, 'approve')).toEqual([{ rule: 'approverSkipped', params: { role: 'DEPT_MANAGER' } }]);
  });

  it('nobody decides their own leave', () => {
    expect(leaveStepViolations(state({ staffId: 'manager', requestedById: 'manager' }), manager, 'approve')).toEqual([{ rule: 'ownLeave' }]);
    expect(leaveNextActions(state({ staffId: 'manager', requestedById: 'manager' }), manager)).toEqual(['edit', 'cancel']);
  });

  it('a late request: the manager accepts it first, and only then approves (the chain follows as usual)', () => {
    const late = state({ late: true });
    expect(leaveNextActions(late, manager)).toEqual(['acceptLate', 'reject']);
    expect(leaveStepViolations(late, manager, 'approve')).toEqual([{ rule: 'lateNotAccepted' }]);
    expect(leaveStepViolations(late, director, 'acceptLate')).toEqual([{ rule: 'approverSkipped', params: { role: 'DEPT_MANAGER' } }]);
    expect(leaveNextActions(state({ late: true, lateAcceptedById: 'manager' }), manager)).toEqual(['approve', 'reject']);
    expect(leaveStepViolations(state(), manager, 'acceptLate')).toEqual([{ rule: 'lateNotNeeded' }]);
  });

  it('leave filed by a leader: the leader and the person may edit, withdraw and hand in the certificate', () => {
    const sick = state({ type: 'SICK', requestedById: 'leader', end: at('2026-11-11', '08:00') });
    expect(leaveNextActions(sick, leader)).toEqual(['edit', 'submitCertificate', 'cancel']);
    expect(leaveNextActions(sick, agent)).toEqual(['edit', 'submitCertificate', 'cancel']);
    expect(leaveNextActions({ ...sick, status: 'APPROVED', awaitingRole: null }, agent)).toEqual(['submitCertificate']);
    expect(leaveNextActions({ ...sick, status: 'APPROVED', awaitingRole: null, certificateRef: '协和医院 2026-1110' }, agent)).toEqual([]);
    expect(leaveStepViolations(sick, { id: 'other', role: 'AGENT' }, 'submitCertificate')).toEqual([{ rule: 'notRequester' }]);
    expect(leaveStepViolations(state(), agent, 'submitCertificate')).toEqual([{ rule: 'certificateNotNeeded', field: 'certificateRef' }]);
  });
});

describe('late requests are requested, not refused', () => {
  const base: LeaveToCheck = {
    type: 'PERSONAL',
    start: at('2026-11-10', '08:00'),
    end: at('2026-11-10', '20:00'),
    emergency: false,
    exceptional: false,
    certificateRef: null,
    shifts: [placeShift('d', '2026-11-10', DAY_SHIFT, TZ)],
    swappedShiftIds: [],
    otherLeave: [],
    calendar: CALENDAR_2026,
    policy: DEFAULT_SCHEDULING_POLICY,
    now: at('2026-11-10', '07:30'),
  };

  it('a missed deadline makes the request late; a rule like overlapping leave still refuses it', () => {
    expect(splitLateLeave(checkLeave(base))).toEqual({ late: [{ rule: 'leaveNotDayBefore', field: 'startsAt' }], blocking: [] });
    expect(splitLateLeave(checkLeave({ ...base, emergency: true })).late.map((v) => v.rule)).toEqual(['emergencyLeaveTooLate']);
    const overlapping = splitLateLeave(checkLeave({ ...base, otherLeave: [{ start: base.start, end: base.end }] }));
    expect(overlapping.blocking.map((v) => v.rule)).toEqual(['overlappingLeave']);
  });

  it('on time: nothing late', () => {
    expect(splitLateLeave(checkLeave({ ...base, now: at('2026-11-09', '18:00') }))).toEqual({ late: [], blocking: [] });
  });
});

describe('emergency sick leave: no certificate at request time', () => {
  const sick: LeaveToCheck = {
    type: 'SICK',
    start: at('2026-11-10', '08:00'),
    end: at('2026-11-11', '08:00'),
    emergency: false,
    exceptional: false,
    certificateRef: null,
    shifts: [],
    swappedShiftIds: [],
    otherLeave: [],
    calendar: CALENDAR_2026,
    policy: DEFAULT_SCHEDULING_POLICY,
    now: at('2026-11-09', '12:00'),
  };
  it('planned sick leave of a day needs the certificate; an emergency one does not', () => {
    expect(checkLeave(sick).map((v) => v.rule)).toEqual(['certificateRequired']);
    expect(checkLeave({ ...sick, emergency: true })).toEqual([]);
  });

  it('due the first working day after the last date: a Friday leave is due on Monday; 国庆 pushes it to the make-up Saturday', () => {
    expect(certificateDueOn({ type: 'SICK', start: at('2026-11-13', '00:00'), end: at('2026-11-14', '00:00') }, CALENDAR_2026)).toBe('2026-11-16');
    expect(certificateDueOn({ type: 'SICK', start: at('2026-09-30', '08:00'), end: at('2026-10-01', '08:00') }, CALENDAR_2026)).toBe('2026-10-08');
    expect(certificateDueOn({ type: 'SICK', start: at('2026-10-08', '08:00'), end: at('2026-10-09', '08:00') }, CALENDAR_2026)).toBe('2026-10-10');
    expect(certificateDueOn({ type: 'SICK', start: at('2026-11-10', '08:00'), end: at('2026-11-10', '12:00') }, CALENDAR_2026)).toBeNull();
    expect(certificateDueOn({ type: 'PERSONAL', start: at('2026-11-10', '08:00'), end: at('2026-11-12', '12:00') }, CALENDAR_2026)).toBeNull();
  });

  it('missing only after the due date passes, while the leave stands, and until a certificate is in', () => {
    const leave = { status: 'APPROVED' as const, certificateDueOn: '2026-11-16', certificateRef: null };
    expect(certificateMissing(leave, at('2026-11-16', '23:59'), TZ)).toBe(false);
    expect(certificateMissing(leave, at('2026-11-17', '00:00'), TZ)).toBe(true);
    expect(certificateMissing({ ...leave, certificateRef: '301医院 诊断证明' }, at('2026-11-20', '09:00'), TZ)).toBe(false);
    expect(certificateMissing({ ...leave, status: 'CANCELLED' }, at('2026-11-20', '09:00'), TZ)).toBe(false);
  });

  const holidayCalendar = fc
    .record({
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }),
      makeups: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
    })
    .map(({ holidays, makeups }): BusinessCalendar => {
      const date = (n: number) => addDays('2026-12-01', n);
      const makeupDates = makeups.map(date).filter((d) => weekday(d) === 0 || weekday(d) === 6);
      return {
        timeZone: TZ,
        workdayStartMinute: 510,
        workdayEndMinute: 1050,
        days: [
          ...holidays.map(date).filter((d) => !makeupDates.includes(d)).map((d) => ({ date: d, kind: 'HOLIDAY' as const, name: '假日' })),
          ...makeupDates.map((d) => ({ date: d, kind: 'MAKEUP_WORKDAY' as const, name: '调休上班' })),
        ],
      };
    });

  it('property: the due date is a working day after the leave, and every day between is a rest day', () => {
    fc.assert(
      fc.property(holidayCalendar, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 23 }), (calendar, startDay, days, hour) => {
        const first = addDays('2026-12-01', startDay);
        const start = at(first, `${String(hour).padStart(2, '0')}:00`);
        const end = new Date(start.getTime() + days * 86_400_000);
        const due = certificateDueOn({ type: 'SICK', start, end }, calendar) as string;
        const last = addDays(first, days - (hour === 0 ? 1 : 0));
        expect(due > last).toBe(true);
        expect(isWorkingDay(due, calendar)).toBe(true);
        for (let d = addDays(last, 1); d < due; d = addDays(d, 1)) expect(isWorkingDay(d, calendar)).toBe(false);
        expect(due).toBe(nextWorkingDay(last, calendar));
      }),
    );
  });

  it('property: a make-up working day on a weekend is a due date; a public holiday on a weekday never is', () => {
    fc.assert(
      fc.property(holidayCalendar, fc.integer({ min: 0, max: 55 }), (calendar, n) => {
        const due = nextWorkingDay(addDays('2026-12-01', n), calendar);
        const kind = calendar.days.find((d) => d.date === due)?.kind;
        expect(kind).not.toBe('HOLIDAY');
        if (weekday(due) === 0 || weekday(due) === 6) expect(kind).toBe('MAKEUP_WORKDAY');
      }),
    );
  });
});

describe('checkOnBehalf', () => {
  const requester = { id: 'leader', role: 'SHIFT_LEADER' as const, teamId: 'team-a' };
  const member = { id: 'agent', teamId: 'team-a' };
  it('a shift leader files sick leave or an emergency for a member of their team', () => {
    expect(checkOnBehalf({ requester, staff: member, type: 'SICK', emergency: false })).toEqual([]);
    expect(checkOnBehalf({ requester, staff: member, type: 'PERSONAL', emergency: true })).toEqual([]);
  });
  it('not other leave types, not other teams, not anyone but a shift leader; oneself is always fine', () => {
    expect(checkOnBehalf({ requester, staff: member, type: 'ANNUAL', emergency: false })).toEqual([{ rule: 'onBehalfTypeNotAllowed', field: 'type' }]);
    expect(checkOnBehalf({ requester, staff: { id: 'x', teamId: 'team-b' }, type: 'SICK', emergency: true })).toEqual([{ rule: 'onBehalfOtherTeam', field: 'staffId' }]);
    expect(checkOnBehalf({ requester: { ...requester, teamId: null }, staff: { id: 'x', teamId: null }, type: 'SICK', emergency: true })).toEqual([{ rule: 'onBehalfOtherTeam', field: 'staffId' }]);
    expect(checkOnBehalf({ requester: { id: 'a2', role: 'AGENT', teamId: 'team-a' }, staff: member, type: 'SICK', emergency: true })).toEqual([{ rule: 'onBehalfNotLeader', field: 'staffId' }]);
    expect(checkOnBehalf({ requester: { id: 'agent', role: 'AGENT', teamId: 'team-a' }, staff: member, type: 'ANNUAL', emergency: false })).toEqual([]);
  });
});
