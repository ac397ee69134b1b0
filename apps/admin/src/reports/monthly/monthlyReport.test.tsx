import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@sanxin/domain';
import { HttpError, Notification, reactRouterProvider, TestMemoryRouter } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../../test/testAdmin';
import { figureLink, formatFigure, monthBefore } from './monthlyReportFormat';
import type { MonthlyReportView } from './monthlyReportQueries';
import { MonthlyReportPage } from './MonthlyReportPage';

const { Route, Routes } = reactRouterProvider;

const CATEGORY_FILTER = JSON.stringify({ categoryId: 'c1', receivedFrom: '2026-11-01', receivedTo: '2026-11-30' });

const report = (patch: Partial<MonthlyReportView> = {}): MonthlyReportView => ({
  id: 'r1',
  version: 3,
  month: '2026-11',
  teamId: 't1',
  team: { id: 't1', name: '热线一班' },
  status: 'DRAFT',
  revision: 1,
  late: false,
  dueDate: '2026-12-05',
  submittedAt: null,
  signedAt: null,
  signedBy: null,
  generatedAt: '2026-12-01T01:00:00.000Z',
  availableActions: ['REGENERATE', 'SUBMIT'],
  downloads: { pdf: '/api/reports/monthly/r1.pdf', xlsx: '/api/reports/monthly/r1.xlsx' },
  sections: [
    {
      section: 'COMPLAINTS_BY_CATEGORY',
      columns: ['RECEIVED', 'RECEIVED_SHARE', 'RECEIVED_VS_PREVIOUS_MONTH'],
      commentary: null,
      rows: [
        {
          dimension: 'CATEGORY',
          key: 'c1',
          label: '产品质量',
          note: null,
          values: [1234, 62.5, null],
          link: { route: '/complaints', filter: CATEGORY_FILTER },
        },
        { dimension: 'TOTAL', key: null, label: '合计', note: null, values: [1974, 100, -8.3], link: null },
      ],
    },
    {
      section: 'TIME_TO_RESOLUTION',
      columns: ['MEDIAN_HOURS', 'P90_HOURS'],
      commentary: '办结用时较上月缩短。',
      rows: [{ dimension: 'TOTAL', key: null, label: '合计', note: null, values: [3, 26.25], link: null }],
    },
  ],
  ...patch,
});

function openReport(role: Role, shown: MonthlyReportView, methods: Record<string, unknown> = {}) {
  const dataProvider = { monthlyReport: vi.fn(async () => shown), ...methods };
  render(
    <TestMemoryRouter initialEntries={['/reports/monthly/r1']}>
      <TestAdmin authProvider={signedInAs({ id: 's1', fullName: '王海燕', role })} dataProvider={dataProvider}>
        <Routes>
          <Route path="/reports/monthly/:id" element={<MonthlyReportPage />} />
        </Routes>
        <Notification />
      </TestAdmin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

const section = (name: string) => screen.findByRole('region', { name }, { timeout: 20_000 });
const actionNames = () =>
  within(screen.getByTestId('report-actions'))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('月服务报告 page', { timeout: 40_000 }, () => {
  it('formats each figure by its unit and links a row and its figures to the records behind them', async () => {
    openReport('SHIFT_LEADER', report());
    const byCategory = await section('投诉受理与办结（按类别）');
    const cells = within(byCategory).getAllByRole('row')[1];
    expect(
      within(cells)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,234', '62.5%', '—']);
    const href = `/complaints?filter=${encodeURIComponent(CATEGORY_FILTER)}`;
    expect(within(byCategory).getByRole('link', { name: '产品质量' }).getAttribute('href')).toContain(href);
    expect(within(byCategory).getByRole('link', { name: '1,234' }).getAttribute('href')).toContain(href);
    expect(within(byCategory).queryByRole('link', { name: '—' })).toBeNull();
    const hours = await section('办结用时');
    expect(
      within(within(hours).getAllByRole('row')[1])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3.0', '26.3']);
    expect(screen.getByRole('link', { name: '下载 PDF' }).getAttribute('href')).toBe('/api/reports/monthly/r1.pdf');
    expect(screen.getByRole('link', { name: '下载 PDF' }).hasAttribute('download')).toBe(true);
  });

  it('offers exactly the steps the API lists, and the commentary editor only on a draft the viewer writes', async () => {
    openReport('SHIFT_LEADER', report({ late: true }));
    await section('办结用时');
    expect(actionNames()).toEqual(['重新生成', '提交']);
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
    expect(screen.getByText('逾期')).toBeTruthy();
  });

  it('shows a submitted report to the manager with sign and send back, read-only', async () => {
    openReport('DEPT_MANAGER', report({ status: 'SUBMITTED', availableActions: ['SIGN', 'RETURN_TO_DRAFT'] }));
    await section('办结用时');
    expect(actionNames()).toEqual(['签发', '退回修改']);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.getByText('办结用时较上月缩短。')).toBeTruthy();
  });

  it('leaves a signed report with 更正 only', async () => {
    openReport('DEPT_MANAGER', report({ status: 'SIGNED', availableActions: ['CORRECT'] }));
    await section('办结用时');
    expect(actionNames()).toEqual(['更正（新版本）']);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  it('saves one section’s commentary with the version read', async () => {
    const saved = report({ version: 4 });
    const updateMonthlyReportCommentary = vi.fn(async () => saved);
    openReport('SHIFT_LEADER', report(), { updateMonthlyReportCommentary });
    const byCategory = await section('投诉受理与办结（按类别）');
    fireEvent.change(within(byCategory).getByRole('textbox'), { target: { value: '𠮷 本月产品质量投诉占比过高。' } });
    fireEvent.click(within(byCategory).getByRole('button', { name: '保存说明' }));
    await waitFor(() => expect(updateMonthlyReportCommentary).toHaveBeenCalledWith('r1', 3, 'COMPLAINTS_BY_CATEGORY', '𠮷 本月产品质量投诉占比过高。'));
    await screen.findByText('说明已保存');
    // The next save sends the version the first one answered.
    const hours = await section('办结用时');
    fireEvent.change(within(hours).getByRole('textbox'), { target: { value: '中位数持平。' } });
    fireEvent.click(within(hours).getByRole('button', { name: '保存说明' }));
    await waitFor(() => expect(updateMonthlyReportCommentary).toHaveBeenLastCalledWith('r1', 4, 'TIME_TO_RESOLUTION', '中位数持平。'));
  });

  it('says someone else changed it on CONFLICT and reads the report again', async () => {
    const updateMonthlyReportCommentary = vi.fn(async () => {
      throw new HttpError('sanxin.errors.CONFLICT', 409, { code: 'CONFLICT' });
    });
    const dataProvider = openReport('SHIFT_LEADER', report(), { updateMonthlyReportCommentary });
    const byCategory = await section('投诉受理与办结（按类别）');
    fireEvent.change(within(byCategory).getByRole('textbox'), { target: { value: '说明' } });
    fireEvent.click(within(byCategory).getByRole('button', { name: '保存说明' }));
    await screen.findByText(/已被他人修改/, {}, { timeout: 10_000 });
    await waitFor(() => expect(dataProvider.monthlyReport).toHaveBeenCalledTimes(2));
  });

  it('submits only after confirming, and shows a missing commentary on its section', async () => {
    const monthlyReportStep = vi.fn(async () => {
      throw new HttpError('请填写各部分的说明', 422, {
        code: 'RULE_VIOLATION',
        fields: [{ path: 'commentary', code: 'commentaryMissing', params: { section: 'COMPLAINTS_BY_CATEGORY' } }],
      });
    });
    openReport('SHIFT_LEADER', report(), { monthlyReportStep });
    await section('办结用时');
    fireEvent.click(within(screen.getByTestId('report-actions')).getByRole('button', { name: '提交' }));
    expect(monthlyReportStep).not.toHaveBeenCalled();
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /确认|Confirm/ }));
    await waitFor(() => expect(monthlyReportStep).toHaveBeenCalledWith('submit', 'r1', 3));
    const byCategory = await section('投诉受理与办结（按类别）');
    await within(byCategory).findByText('请填写“投诉受理与办结（按类别）”部分的说明');
    expect(within(await section('办结用时')).queryByRole('alert')).toBeNull();
  });
});

describe('月服务报告 figures', () => {
  it('formats by unit, leads to the filtered list, and defaults to the month before', () => {
    expect(formatFigure('COUNT', 12345)).toBe('12,345');
    expect(formatFigure('COMPLIANCE_RATE', 95)).toBe('95.0%');
    expect(formatFigure('AVERAGE_SCORE', 88.46)).toBe('88.5');
    expect(formatFigure('HOURS_OPEN', null)).toBe('—');
    expect(figureLink({ route: '/followUps', filter: '{"a":1}' })).toBe('/followUps?filter=%7B%22a%22%3A1%7D');
    expect(figureLink({ route: '/inbox', filter: null })).toBe('/inbox');
    expect(monthBefore('2027-01')).toBe('2026-12');
  });
});
