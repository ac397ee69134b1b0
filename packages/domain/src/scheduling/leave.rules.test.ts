import { describe, expect, it } from 'vitest';
import { type LeaveToCheck, approvalChain, checkLeave, nextApprover } from './leave.rules';
import { CALENDAR_2026, DAY_SHIFT, NIGHT_SHIFT, at } from './scheduling.fixtures';
import { DEFAULT_SCHEDULING_POLICY } from './scheduling.policy';
import { placeShift } from './shift-time';

const TZ = 'Asia/Shanghai';
const day = (date: string) => placeShift(`d${date}`, date, DAY_SHIFT, TZ);
const night = (date: string) => placeShift(`n${date}`, date, NIGHT_SHIFT, TZ);

function leave(extra: Partial<LeaveToCheck>): LeaveToCheck {
  return {
    type: 'PERSONAL',
    start: at('2026-11-10', '08:00'),
    end: at('2026-11-10', '20:00'),
    emergency: false,
    exceptional: false,
    certificateRef: null,
    shifts: [day('2026-11-10')],
    swappedShiftIds: [],
    otherLeave: [],
    calendar: CALENDAR_2026,
    policy: DEFAULT_SCHEDULING_POLICY,
    now: at('2026-11-09', '23:59'),
    ...extra,
  };
}
const rules = (l: LeaveToCheck) => checkLeave(l).map((v) => v.rule);

describe('checkLeave', () => {
  it('planned leave: by the day before (23:59 passes, midnight is too late)', () => {
    expect(rules(leave({}))).toEqual([]);
    expect(rules(leave({ now: at('2026-11-10', '00:00') }))).toEqual(['leaveNotDayBefore']);
  });

  it('an end before the start is refused, and nothing else is checked', () => {
    expect(checkLeave(leave({ end: at('2026-11-10', '07:00') }))).toEqual([{ rule: 'endBeforeStart', field: 'endsAt' }]);
  });

  it('emergency: at least 1 hour before the shift (exactly 1 hour passes)', () => {
    expect(rules(leave({ emergency: true, now: at('2026-11-10', '07:00') }))).toEqual([]);
    expect(rules(leave({ emergency: true, now: at('2026-11-10', '07:01') }))).toEqual(['emergencyLeaveTooLate']);
  });

  it('night shift: before 12:00 that day, even for an emergency; the night crosses midnight', () => {
    const nightLeave = { start: at('2026-11-10', '20:00'), end: at('2026-11-11', '08:00'), shifts: [night('2026-11-10')], emergency: true };
    expect(rules(leave({ ...nightLeave, now: at('2026-11-10', '11:59') }))).toEqual([]);
    expect(checkLeave(leave({ ...nightLeave, now: at('2026-11-10', '12:00') }))).toEqual([{ rule: 'nightLeaveTooLate', field: 'startsAt', params: { date: '2026-11-10', hour: '12:00' } }]);
  });

  it('holidays: only exceptional and at least 2 days ahead, a holiday on a Saturday included', () => {
    const holiday = { start: at('2026-10-03', '08:00'), end: at('2026-10-03', '20:00'), shifts: [] };
    expect(rules(leave({ ...holiday, exceptional: true, now: at('2026-10-01', '23:00') }))).toEqual([]);
    expect(rules(leave({ ...holiday, exceptional: true, now: at('2026-10-02', '00:00') }))).toEqual(['holidayLeaveTooLate']);
    expect(rules(leave({ ...holiday, now: at('2026-09-01', '09:00') }))).toEqual(['holidayLeaveNotExceptional']);
    // A make-up working day is no holiday.
    expect(rules(leave({ start: at('2026-10-10', '08:00'), end: at('2026-10-10', '20:00'), shifts: [], now: at('2026-10-09', '09:00') }))).toEqual([]);
  });

  it('sick leave of a full day or more needs a certificate; less does not', () => {
    const fullDay = { type: 'SICK' as const, start: at('2026-11-10', '00:00'), end: at('2026-11-11', '00:00') };
    expect(checkLeave(leave(fullDay))).toEqual([{ rule: 'certificateRequired', field: 'certificateRef' }]);
    expect(rules(leave({ ...fullDay, certificateRef: '市一医院 2026-1109' }))).toEqual([]);
    expect(rules(leave({ ...fullDay, end: at('2026-11-10', '23:59') }))).toEqual([]);
  });

  it('no leave on a swapped or repaid shift, nor over other leave', () => {
    expect(rules(leave({ swappedShiftIds: ['d2026-11-10'] }))).toEqual(['leaveOnSwappedShift']);
    expect(rules(leave({ otherLeave: [{ start: at('2026-11-10', '19:00'), end: at('2026-11-12', '00:00') }] }))).toEqual(['overlappingLeave']);
  });
});

describe('approval chain', () => {
  it('one day or less: the department manager; longer: the manager, then the centre director', () => {
    const oneDay = { start: at('2026-11-10', '00:00'), end: at('2026-11-11', '00:00') };
    const longer = { start: at('2026-11-10', '00:00'), end: at('2026-11-11', '00:01') };
    expect(approvalChain(oneDay)).toEqual(['DEPT_MANAGER']);
    expect(approvalChain(longer)).toEqual(['DEPT_MANAGER', 'CENTER_DIRECTOR']);
    expect(nextApprover(longer, 0)).toBe('DEPT_MANAGER');
    expect(nextApprover(longer, 1)).toBe('CENTER_DIRECTOR');
    expect(nextApprover(oneDay, 1)).toBeNull();
  });
});
