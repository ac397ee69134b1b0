import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { localDateIn, type Role } from '@sanxin/domain';
import { Notification, reactRouterProvider, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../../test/testAdmin';
import { monthBefore } from './monthlyReportFormat';
import type { MonthlyReportListItem } from './monthlyReportQueries';
import { MonthlyReportListPage } from './MonthlyReportListPage';

const { Route, Routes } = reactRouterProvider;

const item = (id: string, patch: Partial<MonthlyReportListItem> = {}): MonthlyReportListItem => ({
  id,
  version: 1,
  month: '2026-10',
  teamId: 't1',
  team: { id: 't1', name: '热线一班' },
  status: 'SIGNED',
  revision: 1,
  late: false,
  dueDate: '2026-11-22',
  submittedAt: '2026-11-20T02:00:00.000Z',
  signedAt: '2026-11-21T02:00:00.000Z',
  signedBy: { id: 'm1', name: '郑国强' },
  generatedAt: '2026-11-01T01:00:00.000Z',
  availableActions: [],
  downloads: { pdf: `/api/reports/monthly/${id}.pdf`, xlsx: `/api/reports/monthly/${id}.xlsx` },
  ...patch,
});

function openList(role: Role, items: MonthlyReportListItem[]) {
  const dataProvider = {
    ...testDataProvider({ getList: (async () => ({ data: [{ id: 't2', name: '热线二班' }], total: 1 })) as never }),
    monthlyReports: vi.fn(async () => items),
    generateMonthlyReport: vi.fn(async () => ({ ...item('new'), status: 'DRAFT' })),
  };
  render(
    <TestMemoryRouter initialEntries={['/reports/monthly']}>
      <TestAdmin authProvider={signedInAs({ id: 's1', fullName: '王海燕', role })} dataProvider={dataProvider}>
        <Routes>
          <Route path="/reports/monthly" element={<MonthlyReportListPage />} />
          <Route path="/reports/monthly/:id" element={<p>report page</p>} />
        </Routes>
        <Notification />
      </TestAdmin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

describe('月服务报告 list', { timeout: 40_000 }, () => {
  it('shows month, scope, status with the late badge, revision and due date', async () => {
    openList('AGENT', [
      item('r2', { month: '2026-11', status: 'DRAFT', late: true, dueDate: '2026-12-22', team: null, teamId: null }),
      item('r1', { revision: 2 }),
    ]);
    const rows = await screen.findAllByTestId('monthly-report-row', {}, { timeout: 20_000 });
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2026-11', '全部门', '草稿逾期', '1', '2026-12-22'],
      ['2026-10', '热线一班', '已签发', '2', '2026-11-22'],
    ]);
    // Agents read reports, they do not write them.
    expect(screen.queryByRole('button', { name: '生成上月报告' })).toBeNull();
  });

  it('a leader generates last month for their own team (no team to choose) and lands on the report', async () => {
    const dataProvider = openList('SHIFT_LEADER', []);
    fireEvent.click(await screen.findByRole('button', { name: '生成上月报告' }, { timeout: 20_000 }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('月份') as HTMLInputElement).value).toBe(monthBefore(localDateIn('Asia/Shanghai', new Date()).slice(0, 7)));
    expect((within(dialog).getByLabelText('班组') as HTMLInputElement).value).toBe('本班组');
    fireEvent.change(within(dialog).getByLabelText('月份'), { target: { value: '2026-10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '生成上月报告' }));
    await waitFor(() => expect(dataProvider.generateMonthlyReport).toHaveBeenCalledWith('2026-10', null));
    await screen.findByText('report page');
  });

  it('a manager chooses a team or the whole department', async () => {
    const dataProvider = openList('DEPT_MANAGER', []);
    fireEvent.click(await screen.findByRole('button', { name: '生成上月报告' }, { timeout: 20_000 }));
    const dialog = await screen.findByRole('dialog');
    const team = within(dialog).getByRole('combobox');
    expect(team.textContent).toBe('全部门');
    fireEvent.mouseDown(team);
    fireEvent.click(await screen.findByRole('option', { name: '热线二班' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '生成上月报告' }));
    await waitFor(() => expect(dataProvider.generateMonthlyReport).toHaveBeenCalledWith(expect.stringMatching(/^\d{4}-\d{2}$/), 't2'));
  });
});
