import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@sanxin/domain';
import { testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { AnalyticsPage } from './AnalyticsPage';
import { presetPeriod } from './analyticsPeriod';
import type { AnalyticsFigures, AnalyticsFilterInput } from './analyticsQueries';

const FIGURES: AnalyticsFigures = {
  from: '2026-10-01',
  to: '2026-11-30',
  previousFrom: '2026-08-01',
  previousTo: '2026-09-30',
  teamId: null,
  staffId: null,
  categoryMix: [
    { categoryId: 'q', categoryName: '质量', count: 3, share: 60, previousCount: 1, change: 200 },
    { categoryId: 'p', categoryName: '价格', count: 2, share: 40, previousCount: 0, change: null },
  ],
  monthlyTrend: [
    { month: '2026-10', received: 2, closed: 3 },
    { month: '2026-11', received: 3, closed: 1 },
  ],
  deadlineCompliance: [
    { month: '2026-10', closed: 3, onTime: 2, rate: 66.666 },
    { month: '2026-11', closed: 0, onTime: 0, rate: null },
  ],
  satisfaction: [{ month: '2026-10', satisfied: 1, average: 1, unsatisfied: 0, satisfiedRate: 50, meanScore: 4 }],
  workload: [{ staffId: 'a1', staffName: '王芳', complaintsHandled: 2, followUpsDone: 2, interactions: 4 }],
};

function openAs(role: Role) {
  const asked: AnalyticsFilterInput[] = [];
  const dataProvider = {
    ...testDataProvider({
      getList: (async (resource: string) =>
        resource === 'teams' ? { data: [{ id: 't1', name: '坐席一组' }], total: 1 } : { data: [{ id: 'q', nameZh: '质量' }], total: 1 }) as never,
    }),
    analytics: vi.fn(async (filter: AnalyticsFilterInput) => {
      asked.push(filter);
      return FIGURES;
    }),
  };
  render(
    <TestAdmin authProvider={signedInAs({ id: 'me', fullName: '陈静', role })} dataProvider={dataProvider}>
      <AnalyticsPage />
    </TestAdmin>,
  );
  return asked;
}

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('统计分析', { timeout: 30_000 }, () => {
  it('shows five charts, each with its figures as a table and CSV / Excel downloads', async () => {
    openAs('DEPT_MANAGER');
    const mix = await screen.findByRole('table', { name: '类别分布' }, { timeout: 20_000 });
    expect(cells(mix)).toEqual([
      ['质量', '3', '60.0%', '1', '200.0%'],
      ['价格', '2', '40.0%', '0', '—'],
    ]);
    expect(cells(screen.getByRole('table', { name: '按时办结率' }))).toEqual([
      ['2026-10', '3', '2', '66.7%'],
      ['2026-11', '0', '0', '—'],
    ]);
    for (const chart of ['类别分布', '月度趋势', '按时办结率', '回访满意度', '工作量']) {
      expect(screen.getByRole('img', { name: chart })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `下载 CSV：${chart}` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `下载 Excel：${chart}` })).toBeInTheDocument();
    }
  });

  it('asks for the period, team, category and severity picked', async () => {
    const asked = openAs('DEPT_MANAGER');
    await screen.findByRole('table', { name: '类别分布' }, { timeout: 20_000 });
    expect(asked[0]).toMatchObject({ teamId: null, categoryIds: null, severities: null });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '统计期间' }));
    fireEvent.click(await screen.findByRole('option', { name: '近6个月' }));
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await waitFor(() => expect(asked.at(-1)).toMatchObject(presetPeriod('LAST_6_MONTHS', today)));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '班组' }));
    fireEvent.click(await screen.findByRole('option', { name: '坐席一组' }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ teamId: 't1' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '投诉类别' }));
    fireEvent.click(await screen.findByRole('option', { name: '质量' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '严重程度' }));
    fireEvent.click(await screen.findByRole('option', { name: '严重' }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ teamId: 't1', categoryIds: ['q'], severities: ['HIGH'] }));
  });

  it('gives an agent and a shift leader no team picker: the API answers their own figures or their team', async () => {
    openAs('AGENT');
    await screen.findByRole('table', { name: '类别分布' }, { timeout: 20_000 });
    expect(screen.queryByRole('combobox', { name: '班组' })).toBeNull();
  });

  it('period presets: whole months ending today, last month whole', () => {
    expect(presetPeriod('THIS_MONTH', '2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(presetPeriod('LAST_MONTH', '2026-12-02')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetPeriod('LAST_MONTH', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('LAST_3_MONTHS', '2026-12-02')).toEqual({ from: '2026-10-01', to: '2026-12-02' });
    expect(presetPeriod('LAST_12_MONTHS', '2026-03-10')).toEqual({ from: '2025-04-01', to: '2026-03-10' });
  });
});
