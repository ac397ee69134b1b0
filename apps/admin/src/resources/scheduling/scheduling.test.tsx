import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { HttpError, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { RosterGrid } from './RosterGrid';
import type { HolidayRecord, RosterShift, ShiftTypeRecord, StaffRef } from './schedulingQueries';
import { SwapRequestForm } from './shiftSwapRequests/SwapRequestForm';
import { signedInAs, TestAdmin } from '../../test/testAdmin';

const authProvider = signedInAs({ id: 'me', fullName: '张思远', role: 'AGENT' });

const Wrapper = ({ children, dataProvider }: { children: ReactNode; dataProvider?: object }) => (
  <TestAdmin authProvider={authProvider} dataProvider={dataProvider}>
    {children}
  </TestAdmin>
);

const SHIFT_TYPES: ShiftTypeRecord[] = [
  { id: 'day', version: 1, name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 2 }] },
  { id: 'night', version: 1, name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
];

const ME: StaffRef = { id: 'me', name: '张思远', jobType: 'PHONE', skillLevel: 3, teamId: 't1', role: 'AGENT' };
const LI: StaffRef = { id: 'li', name: '李婷', jobType: 'PHONE', skillLevel: 2, teamId: 't1', role: 'AGENT' };
const LIU: StaffRef = { id: 'liu', name: '刘洋', jobType: 'PHONE', skillLevel: 5, teamId: 't2', role: 'AGENT' };

/** Day 08:00–20:00 or night 20:00–08:00 (Asia/Shanghai, UTC+8) on `date`. */
function shift(id: string, date: string, type: 'day' | 'night', staff: Array<[StaffRef, boolean?]>, coverage: RosterShift['coverage'] = []): RosterShift {
  const startHour = type === 'day' ? 0 : 12; // UTC
  const start = new Date(`${date}T00:00:00Z`);
  start.setUTCHours(startHour);
  return {
    id,
    date,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 12 * 3_600_000).toISOString(),
    shiftTypeId: type,
    teamId: 't1',
    team: { id: 't1', name: '热线一班' },
    roster: { id: 'r1', month: date.slice(0, 7), status: 'PUBLISHED', publishedAt: null },
    assignments: staff.map(([person, leader], index) => ({ id: `${id}-a${index}`, version: 1, staffId: person.id, isLeaderOnDuty: !!leader, swapRequestId: null, staff: person })),
    coverage,
  };
}

describe('roster grid', () => {
  const holidays: HolidayRecord[] = [{ id: 'h1', date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }];
  const shifts = [
    shift('s1', '2026-10-08', 'day', [[ME, true], [LI]], [{ jobType: 'PHONE', required: 2, assigned: 2, missing: 0 }]),
    shift('s2', '2026-10-08', 'night', [], [{ jobType: 'PHONE', required: 1, assigned: 0, missing: 1 }]),
    shift('s3', '2026-10-09', 'day', [[LI]], [{ jobType: 'PHONE', required: 2, assigned: 1, missing: 1 }]),
    shift('s4', '2026-10-09', 'night', [[LIU]], [{ jobType: 'PHONE', required: 1, assigned: 1, missing: 0 }]),
  ];

  const renderGrid = () =>
    render(
      <Wrapper>
        <RosterGrid month="2026-10" staff={[ME, LI]} shifts={shifts} shiftTypes={SHIFT_TYPES} holidays={holidays} />
      </Wrapper>,
    );

  it('shows the gaps against the minimum headcount in the coverage row, per day', async () => {
    renderGrid();
    const row = await screen.findByTestId('coverage-row');
    const day = (date: string) => row.querySelector(`[data-date="${date}"]`) as HTMLElement;
    expect(within(row).getByText('在岗缺口')).toBeInTheDocument();
    // Day covered, night short by one.
    expect(day('2026-10-08')).toHaveAttribute('data-gap', '1');
    expect(day('2026-10-08')).toHaveAttribute('aria-label', '夜班缺电话客服1人');
    expect(day('2026-10-08')).toHaveTextContent('−1');
    // The day shift is short by one, the night covered.
    expect(day('2026-10-09')).toHaveAttribute('aria-label', '白班缺电话客服1人');
    // Nothing rostered: no gap and no tick; a fully covered day would show ✓.
    expect(day('2026-10-10')).toHaveAttribute('data-gap', '0');
    expect(day('2026-10-10')).toHaveTextContent('');
  });

  it('ticks a day whose every shift is covered', async () => {
    render(
      <Wrapper>
        <RosterGrid month="2026-10" staff={[ME]} shifts={[shifts[0]]} shiftTypes={SHIFT_TYPES} holidays={[]} />
      </Wrapper>,
    );
    const row = await screen.findByTestId('coverage-row');
    expect(row.querySelector('[data-date="2026-10-08"]')).toHaveAttribute('aria-label', '满员');
    expect(row.querySelector('[data-date="2026-10-08"]')).toHaveTextContent('✓');
  });

  it('marks the leader on duty, colours per shift type, lists guests from other teams, highlights holidays', async () => {
    renderGrid();
    const cell = (name: string, date: string) => document.querySelector(`td[data-staff="${name}"][data-date="${date}"]`) as HTMLElement;
    await screen.findByTestId('coverage-row');
    expect(cell('张思远', '2026-10-08').querySelector('[data-leader="true"]')).toHaveTextContent('白★');
    expect(cell('李婷', '2026-10-08')).toHaveTextContent('白');
    expect(cell('李婷', '2026-10-08').querySelector('[data-leader]')).toBeNull();
    // 刘洋 is not in the team but works its night shift: a row of his own.
    expect(cell('刘洋', '2026-10-09')).toHaveTextContent('夜');
    const day = getComputedStyle(cell('李婷', '2026-10-09').querySelector('[data-shift-type]') as Element).backgroundColor;
    const night = getComputedStyle(cell('刘洋', '2026-10-09').querySelector('[data-shift-type]') as Element).backgroundColor;
    expect(day).not.toBe(night);
    expect(document.querySelector('th[data-date="2026-10-01"]')).toHaveAttribute('title', '国庆节');
  });

  it('shows each person’s hours and overtime in the month, with the working-time rules broken as warnings', async () => {
    const hours = [
      { staff: ME, shifts: 18, hours: 216, standardHours: 144, overtimeHours: 72, maxHours: 210, warnings: [
        { rule: 'monthlyHoursExceeded', from: null, to: null, daysOff: null, minDaysOff: null, hours: 216, max: 210 },
        { rule: 'tooFewDaysOff', from: '2026-10-12', to: '2026-10-18', daysOff: 0, minDaysOff: 1, hours: null, max: null },
      ] },
      { staff: LI, shifts: 10, hours: 120, standardHours: 144, overtimeHours: 0, maxHours: 210, warnings: [] },
    ];
    render(
      <Wrapper>
        <RosterGrid month="2026-10" staff={[ME, LI]} shifts={shifts} shiftTypes={SHIFT_TYPES} holidays={holidays} hours={hours} />
      </Wrapper>,
    );
    await screen.findByTestId('coverage-row');
    const column = (name: string, key: string) => document.querySelector(`tr[data-staff="${name}"] td[data-column="${key}"]`) as HTMLElement;
    expect(screen.getByRole('columnheader', { name: '工时' })).toBeInTheDocument();
    expect(column('张思远', 'hours')).toHaveTextContent('216 小时');
    expect(column('张思远', 'overtime')).toHaveTextContent('72 小时');
    expect(column('张思远', 'warnings')).toHaveAttribute('aria-label', '2026-10 排班 216 小时，超过每月上限 210 小时；2026-10-12 至 2026-10-18 七天内只休息 0 天，至少应休息 1 天');
    expect(column('李婷', 'hours')).toHaveTextContent('120 小时');
    expect(column('李婷', 'overtime')).toHaveTextContent('—');
    expect(column('李婷', 'warnings').querySelector('[data-warnings]')).toBeNull();
  });

  it('marks only the leader on duty of each shift with ★', async () => {
    renderGrid();
    await screen.findByTestId('coverage-row');
    const stars = [...document.querySelectorAll('[data-leader="true"]')].map((mark) => mark.closest('td')?.getAttribute('data-staff'));
    expect(stars).toEqual(['张思远']);
  });
});

describe('swap request form', () => {
  const NOW = new Date('2026-11-25T05:00:00Z');
  const mine = [shift('m1', '2026-12-02', 'day', [[ME]])];
  const theirs = [shift('t1', '2026-12-05', 'day', [[LIU]])];
  const others = [shift('l1', '2026-12-03', 'day', [[LI]])];

  function renderForm(create = vi.fn(async () => ({ data: { id: 'x' } }))) {
    const dataProvider = {
      ...testDataProvider(),
      create,
      schedulingStaff: async (filter: { ids?: string[] }) => (filter.ids ? [ME] : [ME, LI, LIU]),
      shiftTypesWithHeadcount: async () => SHIFT_TYPES,
      holidaysBetween: async () => [{ id: 'h', date: '2026-12-05', kind: 'HOLIDAY', name: '测试假日' }],
      settings: async () => [],
      rosterShifts: async (filter: { staffId?: string }) => (filter.staffId === 'me' ? mine : filter.staffId === 'liu' ? theirs : filter.staffId === 'li' ? others : []),
      swapRequests: async () => [],
      leaveRequestsOf: async () => [],
    };
    render(
      <Wrapper dataProvider={dataProvider}>
        <SwapRequestForm now={NOW} />
      </Wrapper>,
    );
    return { create };
  }

  async function pick(label: string, option: RegExp) {
    await waitFor(() => expect(screen.getByRole('combobox', { name: label })).not.toHaveAttribute('aria-disabled', 'true'));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
    fireEvent.click(await screen.findByRole('option', { name: option }));
  }

  it('lists every rule the swap breaks, in Chinese, before anything is submitted', async () => {
    const { create } = renderForm();
    await pick('我的班次（换出）', /2026-12-02/);
    await pick('换班对象', /刘洋/);
    await pick('对方班次（换入）', /2026-12-05/);
    fireEvent.change(screen.getByLabelText(/换班理由/), { target: { value: '孩子家长会' } });

    const alert = await screen.findByRole('alert', { name: '不符合换班规则：' });
    expect(alert).toHaveTextContent('换班双方技能等级相差 2 级，最多 1 级');
    expect(alert).toHaveTextContent('法定节假日（2026-12-05）不允许换班');
    expect(screen.getByRole('button', { name: '提交申请' })).toBeDisabled();
    expect(create).not.toHaveBeenCalled();
  });

  it('submits a swap that meets the rules and shows the RULE_VIOLATION list the API answers with', async () => {
    const create = vi.fn(async () => {
      throw new HttpError('违反规则', 422, { code: 'RULE_VIOLATION', fields: [{ path: null, code: 'swapLimitReached', params: { staffId: 'li', max: 2, month: '2026-12' } }] });
    });
    renderForm(create);
    await pick('我的班次（换出）', /2026-12-02/);
    await pick('换班对象', /李婷/);
    await pick('对方班次（换入）', /2026-12-03/);
    fireEvent.change(screen.getByLabelText(/换班理由/), { target: { value: '孩子家长会' } });
    await screen.findByText('符合换班规则');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));

    const alert = await screen.findByRole('alert', { name: '系统检查未通过：' });
    expect(alert).toHaveTextContent('李婷：每人每月最多换班 2 次（2026-12）');
    expect(create).toHaveBeenCalledWith('shiftSwapRequests', { data: { requesterShiftId: 'm1', counterpartId: 'li', counterpartShiftId: 'l1', reason: '孩子家长会' } });
  });
});
