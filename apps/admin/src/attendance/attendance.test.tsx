import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { RosterGrid } from '../resources/scheduling/RosterGrid';
import type { AssignmentAttendance, RosterShift, ShiftTypeRecord, StaffRef } from '../resources/scheduling/schedulingQueries';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { attendanceStateOf, currentAssignment, mayDecideAttendance, mayReadAttendance } from './attendanceState';
import { AttendanceDialog } from './AttendanceDialog';
import { CheckInPanel } from './CheckInPanel';

const authProvider = signedInAs({ id: 'me', fullName: '张思远', role: 'AGENT' });
const Wrapper = ({ children, dataProvider, locale }: { children: ReactNode; dataProvider?: object; locale?: string }) => (
  <TestAdmin authProvider={authProvider} dataProvider={dataProvider} locale={locale ?? 'zh-CN'}>
    {children}
  </TestAdmin>
);

const DAY: ShiftTypeRecord = { id: 'day', version: 1, name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [] };
const ME: StaffRef = { id: 'me', name: '张思远', jobType: 'PHONE', skillLevel: 3, teamId: 't1', role: 'AGENT' };
const COLLEAGUE: StaffRef = { id: 'li', name: '李雪梅', jobType: 'PHONE', skillLevel: 2, teamId: 't1', role: 'AGENT' };
// 2026-12-09 白班 08:00–20:00 in Shanghai.
const START = '2026-12-09T00:00:00.000Z';
const END = '2026-12-09T12:00:00.000Z';
const at = (time: string) => new Date(`2026-12-09T${time}+08:00`);

const record = (overrides: Partial<AssignmentAttendance> = {}): AssignmentAttendance => ({
  id: 'r1',
  version: 1,
  checkInAt: '2026-12-09T00:25:00.000Z',
  checkOutAt: null,
  lateMinutes: 25,
  missedRollCall: true,
  checkOutOverrideReason: null,
  violations: [{ id: 'v1', kind: 'LATE', minutes: 25 }],
  ...overrides,
});

const dayShift = (attendance: Record<string, AssignmentAttendance | null>): RosterShift => ({
  id: 's1',
  date: '2026-12-09',
  startsAt: START,
  endsAt: END,
  shiftTypeId: 'day',
  teamId: 't1',
  team: { id: 't1', name: '热线一班' },
  roster: { id: 'r1', month: '2026-12', status: 'PUBLISHED', publishedAt: null },
  assignments: [ME, COLLEAGUE].map((person, index) => ({
    id: `a${index + 1}`,
    version: 1,
    staffId: person.id,
    isLeaderOnDuty: false,
    swapRequestId: null,
    staff: person,
    attendance: attendance[person.id] ?? null,
  })),
  coverage: [],
});

describe('考勤状态 of an assignment, from the facts the API recorded', () => {
  const shift = { startsAt: START, endsAt: END };
  it('tells on time, after the roll call, late and 20+ minutes late apart', () => {
    expect(attendanceStateOf({ ...shift, attendance: record({ lateMinutes: 0, missedRollCall: false, violations: [] }) }, at('09:00'))).toBe('ON_TIME');
    expect(attendanceStateOf({ ...shift, attendance: record({ lateMinutes: 0, missedRollCall: true, violations: [] }) }, at('09:00'))).toBe('MISSED_ROLL_CALL');
    expect(attendanceStateOf({ ...shift, attendance: record({ lateMinutes: 7, violations: [] }) }, at('09:00'))).toBe('LATE');
    expect(attendanceStateOf({ ...shift, attendance: record() }, at('09:00'))).toBe('LATE_VIOLATION');
  });

  it('before check-in: upcoming until the start, then not checked in', () => {
    expect(attendanceStateOf(shift, at('07:59'))).toBe('UPCOMING');
    expect(attendanceStateOf(shift, at('08:00'))).toBe('NOT_CHECKED_IN');
  });

  it('acts on the current shift, else the next', () => {
    const next = { startsAt: '2026-12-10T00:00:00.000Z', endsAt: '2026-12-10T12:00:00.000Z' };
    expect(currentAssignment([shift, next], at('19:00'))).toBe(shift);
    expect(currentAssignment([shift, next], at('20:00'))).toBe(next);
  });

  it('lets a leader decide about their team, never about themselves; an agent reads only their own', () => {
    const leader = { id: 'lead', role: 'SHIFT_LEADER' as const, teamId: 't1' };
    const agent = { id: 'me', role: 'AGENT' as const, teamId: 't1' };
    expect(mayDecideAttendance(leader, { staffId: 'me', teamId: 't1' })).toBe(true);
    expect(mayDecideAttendance(leader, { staffId: 'lead', teamId: 't1' })).toBe(false);
    expect(mayDecideAttendance(leader, { staffId: 'x', teamId: 't2' })).toBe(false);
    expect(mayReadAttendance(agent, { staffId: 'me', teamId: 't1' })).toBe(true);
    expect(mayReadAttendance(agent, { staffId: 'li', teamId: 't1' })).toBe(false);
  });
});

describe('签到 on my schedule', () => {
  const label = () => '2026-12-09 周三 白班 08:00–20:00';

  it('offers check-in for the current shift and shows the lateness and the violation the API recorded', async () => {
    const checkIn = vi.fn(async () => record());
    const onChanged = vi.fn();
    const view = render(
      <Wrapper dataProvider={{ checkIn }}>
        <CheckInPanel shifts={[dayShift({})]} staffId="me" label={label} now={at('08:25')} onChanged={onChanged} />
      </Wrapper>,
    );
    expect(await screen.findByText('未签到')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() => expect(checkIn).toHaveBeenCalledWith('a1'));
    expect(onChanged).toHaveBeenCalled();

    view.rerender(
      <Wrapper dataProvider={{ checkIn }}>
        <CheckInPanel shifts={[dayShift({ me: record() })]} staffId="me" label={label} now={at('08:26')} onChanged={onChanged} />
      </Wrapper>,
    );
    expect(await screen.findByTestId('attendance-state')).toHaveTextContent('迟到 20 分钟以上（已记违纪）');
    expect(screen.getByText('已记违纪：迟到 25 分钟')).toBeInTheDocument();
    expect(screen.getByText('签到于 2026/12/09 08:25')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '签到' })).toBeNull();
  });

  it('shows a few minutes late and the missed roll call without a violation', async () => {
    render(
      <Wrapper>
        <CheckInPanel
          shifts={[dayShift({ me: record({ lateMinutes: 0, missedRollCall: true, violations: [], checkInAt: '2026-12-08T23:55:00.000Z' }) })]}
          staffId="me"
          label={label}
          now={at('09:00')}
          onChanged={() => undefined}
        />
      </Wrapper>,
    );
    expect(await screen.findByTestId('attendance-state')).toHaveTextContent('未参加点名');
    expect(screen.queryByText(/已记违纪/)).toBeNull();
  });

  it('keeps check-in closed earlier than two hours before the shift', async () => {
    render(
      <Wrapper>
        <CheckInPanel shifts={[dayShift({})]} staffId="me" label={label} now={at('05:30')} onChanged={() => undefined} />
      </Wrapper>,
    );
    expect(await screen.findByRole('button', { name: '签到' })).toBeDisabled();
    expect(screen.getByText('签到时间：班次开始前 2 小时起')).toBeInTheDocument();
  });

  it('explains a refused check-out: nobody of the next shift has checked in, a leader may let them go', async () => {
    const checkOut = vi.fn(async () => {
      throw new HttpError('rule', 422, { code: 'RULE_VIOLATION', fields: [{ path: 'at', code: 'incomingNotArrived' }] });
    });
    render(
      <Wrapper dataProvider={{ checkOut }} locale="en">
        <CheckInPanel shifts={[dayShift({ me: record() })]} staffId="me" label={label} now={at('19:55')} onChanged={() => undefined} />
      </Wrapper>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Check out' }));
    const failure = await screen.findByTestId('attendance-failure');
    expect(checkOut).toHaveBeenCalledWith('r1', 1);
    expect(failure).toHaveTextContent('Nobody of the next shift has checked in yet');
    expect(failure).toHaveTextContent('your shift leader can let you go from the roster');
  });
});

describe('考勤 on the roster grid', () => {
  const leader = { id: 'lead', role: 'SHIFT_LEADER' as const, teamId: 't1' };

  it('marks each readable cell with its state, explained by the legend', async () => {
    const shift = dayShift({
      me: record({
        violations: [
          { id: 'v1', kind: 'LATE', minutes: 25 },
          { id: 'v2', kind: 'ABSENT_FROM_POST', minutes: 30 },
        ],
      }),
    });
    render(
      <Wrapper>
        <RosterGrid
          month="2026-12"
          staff={[ME, COLLEAGUE]}
          shifts={[shift]}
          shiftTypes={[DAY]}
          holidays={[]}
          attendance={{ viewer: leader, now: at('09:00') }}
        />
      </Wrapper>,
    );
    const legend = await screen.findByRole('list', { name: '考勤图例' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓ 准时', '点 未参加点名', '迟 迟到', '违 迟到 20 分钟以上（已记违纪）', '缺 未签到', '岗 脱岗（已记违纪）']);
    const mine = document.querySelector('td[data-staff="张思远"][data-date="2026-12-09"]') as HTMLElement;
    expect(mine.querySelector('[data-attendance]')?.getAttribute('data-attendance')).toBe('LATE_VIOLATION');
    expect(mine.querySelector('[data-absence]')?.getAttribute('data-absence')).toBe('30');
    expect(within(mine).getByLabelText(/签到于 2026\/12\/09 08:25 · 迟到 25 分钟 · 脱岗（已记违纪） 30′/)).toBeInTheDocument();
    const theirs = document.querySelector('td[data-staff="李雪梅"][data-date="2026-12-09"]') as HTMLElement;
    expect(theirs.querySelector('[data-attendance]')?.getAttribute('data-attendance')).toBe('NOT_CHECKED_IN');
  });

  it('shows an agent only their own marks, and lets a leader open a member’s cell', async () => {
    const onOpen = vi.fn();
    const shift = dayShift({ me: record() });
    const agentView = render(
      <Wrapper>
        <RosterGrid
          month="2026-12"
          staff={[ME, COLLEAGUE]}
          shifts={[shift]}
          shiftTypes={[DAY]}
          holidays={[]}
          attendance={{ viewer: { id: 'me', role: 'AGENT', teamId: 't1' }, now: at('09:00'), onOpen }}
        />
      </Wrapper>,
    );
    await screen.findByRole('list', { name: '考勤图例' });
    expect(document.querySelectorAll('[data-attendance]')).toHaveLength(1);
    expect(document.querySelector('td[data-staff="张思远"] button')).toBeNull();
    agentView.unmount();

    render(
      <Wrapper>
        <RosterGrid
          month="2026-12"
          staff={[ME, COLLEAGUE]}
          shifts={[shift]}
          shiftTypes={[DAY]}
          holidays={[]}
          attendance={{ viewer: leader, now: at('09:00'), onOpen }}
        />
      </Wrapper>,
    );
    fireEvent.click(await within(document.querySelector('td[data-staff="张思远"][data-date="2026-12-09"]') as HTMLElement).findByRole('button'));
    expect(onOpen).toHaveBeenCalledWith(shift, shift.assignments[0]);
  });

  it('leaves the marks and legend out when the grid is not given attendance', async () => {
    render(
      <Wrapper locale="en">
        <RosterGrid month="2026-12" staff={[ME]} shifts={[dayShift({ me: record() })]} shiftTypes={[DAY]} holidays={[]} />
      </Wrapper>,
    );
    await screen.findByText(/Day|白班/);
    expect(screen.queryByRole('list', { name: 'Attendance legend' })).toBeNull();
    expect(document.querySelector('[data-attendance]')).toBeNull();
  });
});

describe('a leader’s decisions from the roster cell', () => {
  const open = (dataProvider: object) => {
    const shift = dayShift({ me: record() });
    const onChanged = vi.fn();
    render(
      <Wrapper dataProvider={dataProvider}>
        <AttendanceDialog
          shift={shift}
          assignment={shift.assignments[0]}
          title="2026-12-09 白班"
          now={at('10:00')}
          onClose={() => undefined}
          onChanged={onChanged}
        />
      </Wrapper>,
    );
    return onChanged;
  };

  it('releases a checked-in member with a reason (𠮷, kept as typed)', async () => {
    const checkOut = vi.fn(async () => record({ checkOutAt: '2026-12-09T02:00:00.000Z' }));
    const onChanged = open({ checkOut });
    fireEvent.change(await screen.findByLabelText('放行原因'), { target: { value: '家中急事，夜班吉𠮷已电话确认提前到岗' } });
    fireEvent.click(screen.getByRole('button', { name: '放行签退' }));
    await waitFor(() => expect(checkOut).toHaveBeenCalledWith('r1', 1, '家中急事，夜班吉𠮷已电话确认提前到岗'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('records an absence in the business time zone and shows the API’s refusal in words', async () => {
    const recordAbsenceFromPost = vi.fn(async () => {
      throw new HttpError('bad', 400, {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'to', code: 'absenceNotAViolation', params: { minutes: 10, threshold: 20 } }],
      });
    });
    open({ recordAbsenceFromPost });
    fireEvent.change(await screen.findByLabelText('离岗时间'), { target: { value: '2026-12-09T09:00' } });
    fireEvent.change(screen.getByLabelText('回岗时间'), { target: { value: '2026-12-09T09:10' } });
    fireEvent.click(screen.getAllByRole('button', { name: '记录脱岗' })[0]);
    await waitFor(() =>
      expect(recordAbsenceFromPost).toHaveBeenCalledWith({ shiftAssignmentId: 'a1', from: '2026-12-09T01:00:00.000Z', to: '2026-12-09T01:10:00.000Z' }),
    );
    expect(await screen.findByText('脱岗 10 分钟，不足 20 分钟，不记违纪')).toBeInTheDocument();
  });
});
