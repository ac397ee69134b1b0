import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { DocumentLanguage } from '../../layout/DocumentLanguage';
import { ApprovalsPage } from './ApprovalsPage';
import { MySchedulePage } from './MySchedulePage';
import { RosterGrid } from './RosterGrid';
import { initialRosterTeam } from './RosterPage';
import { hoursLabel, shiftMark, weekdayLabel, weekdayShort } from './rosterModel';
import type { RosterShift, ShiftTypeRecord, StaffRef, SwapRecord } from './schedulingQueries';
import { signedInAs, TestAdmin } from '../../test/testAdmin';

const authProvider = signedInAs({ id: 'me', fullName: '张思远', role: 'AGENT' });

const Wrapper = ({ children, dataProvider, locale }: { children: ReactNode; dataProvider?: object; locale?: string }) => (
  <TestAdmin authProvider={authProvider} dataProvider={dataProvider} locale={locale}>
    {children}
  </TestAdmin>
);

const DAY: ShiftTypeRecord = { id: 'day', version: 1, name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [] };
const NIGHT: ShiftTypeRecord = { id: 'night', version: 1, name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [] };
const ME: StaffRef = { id: 'me', name: '张思远', jobType: 'PHONE', skillLevel: 3, teamId: 't1', role: 'AGENT' };

const nightShift: RosterShift = {
  id: 's1',
  date: '2026-10-08',
  startsAt: '2026-10-08T12:00:00.000Z',
  endsAt: '2026-10-09T00:00:00.000Z',
  shiftTypeId: 'night',
  teamId: 't1',
  team: { id: 't1', name: '热线一班' },
  roster: { id: 'r1', month: '2026-10', status: 'PUBLISHED', publishedAt: null },
  assignments: [{ id: 'a1', version: 1, staffId: 'me', isLeaderOnDuty: false, swapRequestId: null, staff: ME }],
  coverage: [],
};

describe('English mode of the scheduling pages', () => {
  it('names weekdays, the next day and shift marks in the chosen language', () => {
    expect(weekdayLabel('2026-10-08')).toBe('周四');
    expect(weekdayLabel('2026-10-08', 'en')).toBe('Thu');
    expect(weekdayShort('2026-10-08', 'zh-CN')).toBe('四');
    expect(weekdayShort('2026-10-08', 'en')).toBe('Th');
    expect(hoursLabel(NIGHT, '次日')).toBe('20:00–次日08:00');
    expect(hoursLabel(NIGHT, 'next day')).toBe('20:00–next day 08:00');
    expect(hoursLabel(DAY, 'next day')).toBe('08:00–20:00');
    expect(shiftMark(NIGHT, 'zh-CN')).toBe('夜');
    expect(shiftMark(NIGHT, 'en')).toBe('N');
    expect(shiftMark({ ...DAY, name: 'early' }, 'en')).toBe('E');
  });

  it('renders the roster grid without Chinese weekday headers or shift chips', async () => {
    render(
      <Wrapper locale="en">
        <RosterGrid month="2026-10" staff={[ME]} shifts={[nightShift]} shiftTypes={[DAY, NIGHT]} holidays={[{ id: 'h1', date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }]} />
      </Wrapper>,
    );
    const header = await screen.findByRole('columnheader', { name: /^8\s*Th$/ });
    expect(header).toBeInTheDocument();
    expect(within(document.querySelector('th[data-date="2026-10-01"]') as HTMLElement).getByText('Off')).toBeInTheDocument();
    const cell = document.querySelector('td[data-staff="张思远"][data-date="2026-10-08"]') as HTMLElement;
    expect(cell.textContent).toBe('N');
    expect(screen.getByText('夜班 20:00–next day 08:00')).toBeInTheDocument();
  });

  it('sets <html lang> to the console language', async () => {
    const english = render(
      <Wrapper locale="en">
        <DocumentLanguage />
      </Wrapper>,
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    english.unmount();
    render(
      <Wrapper locale="zh-CN">
        <DocumentLanguage />
      </Wrapper>,
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });
});

describe('我的班次', () => {
  it('says it is loading, not "没有排班", until the shifts arrive', async () => {
    const dataProvider = {
      ...testDataProvider(),
      schedulingStaff: async () => [ME],
      shiftTypesWithHeadcount: async () => [DAY, NIGHT],
      rosterShifts: () => new Promise<never>(() => undefined),
    };
    render(
      <Wrapper dataProvider={dataProvider}>
        <MySchedulePage />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getAllByTestId('my-schedule-loading')).toHaveLength(2));
    expect(screen.queryByText('没有排班')).toBeNull();
  });
});

describe('the roster page opens on', () => {
  it("the viewer's own team, else the first team with a roster this month, else the first team", () => {
    expect(initialRosterTeam(['t1', 't2', 't3'], 't2', [])).toBe('t2');
    expect(initialRosterTeam(['t1', 't2', 't3'], null, ['t3', 't2'])).toBe('t2');
    expect(initialRosterTeam(['t1', 't2', 't3'], 'gone', ['t3'])).toBe('t3');
    expect(initialRosterTeam(['t1', 't2'], null, [])).toBe('t1');
  });
});

describe('审批 of swaps', () => {
  const swap = (id: string, reason: string, availableActions: SwapRecord['availableActions']): SwapRecord => ({
    id,
    version: 1,
    requesterId: 'a',
    counterpartId: 'b',
    requesterShiftId: 's1',
    counterpartShiftId: 's1',
    requesterLeaderId: null,
    counterpartLeaderId: null,
    status: availableActions.includes('ACCEPT') ? 'PENDING_COUNTERPART' : 'PENDING_LEADERS',
    reason,
    counterpartNote: null,
    decisionNote: null,
    createdAt: '2026-10-01T00:00:00Z',
    requester: { id: 'a', name: '李婷' },
    counterpart: { id: 'b', name: '刘洋' },
    availableActions,
  });

  it("lists the swaps the API says wait for the viewer (awaitingMe), with the buttons of the steps each offers", async () => {
    const leaderAuth = signedInAs({ id: 'lead', fullName: '王海燕', role: 'SHIFT_LEADER' });
    const asked: unknown[] = [];
    const dataProvider = {
      ...testDataProvider(),
      schedulingStaff: async () => [{ ...ME, id: 'lead', role: 'SHIFT_LEADER' }],
      shiftTypesWithHeadcount: async () => [DAY, NIGHT],
      rosterShifts: async () => [nightShift],
      leaveRequestsOf: async () => [],
      swapRequests: async (filter: unknown) => {
        asked.push(filter);
        return [swap('w1', '孩子家长会', ['APPROVE', 'REJECT']), swap('w2', '同事请我替班', ['ACCEPT', 'DECLINE'])];
      },
    };
    render(
      <TestAdmin dataProvider={dataProvider} authProvider={leaderAuth}>
        <ApprovalsPage />
      </TestAdmin>,
    );
    const first = (await screen.findByText('孩子家长会', {}, { timeout: 10_000 })).closest('tr') as HTMLElement;
    expect(within(first).getByRole('button', { name: '批准' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: '驳回' })).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: '同意换班' })).toBeNull();
    // The leader is the colleague named in another swap: theirs to accept or decline first.
    const second = screen.getByText('同事请我替班').closest('tr') as HTMLElement;
    expect(within(second).getByRole('button', { name: '同意换班' })).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: '拒绝换班' })).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: '批准' })).toBeNull();
    // The browser filters nothing: the API's awaitingMe decides what waits.
    expect(asked).toEqual([{ awaitingMe: true }]);
  }, 30_000);
});
