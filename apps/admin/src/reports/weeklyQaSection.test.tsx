import { render, screen, within } from '@testing-library/react';
import { reactRouterProvider, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import type { WeeklyQaView } from './reportQueries';
import { WeeklyQaSection } from './WeeklyQaSection';

const { Route, Routes } = reactRouterProvider;

const qa = (patch: Partial<WeeklyQaView> = {}): WeeklyQaView => ({
  overall: {
    evaluations: 4,
    average: 76,
    previousAverage: 70,
    change: 6,
    dimensions: [
      { dimension: 'SERVICE_LANGUAGE', average: 72.5, items: 4, change: -2.5 },
      { dimension: 'ATTITUDE', average: 85, items: 4, change: null },
    ],
  },
  lowestItems: [{ evaluationId: 'e1', dimension: 'SERVICE_LANGUAGE', score: 10, maxScore: 20, comment: '语气生硬' }],
  disputesOpen: 1,
  disputesDecided: 2,
  ...patch,
});

function open(answer: WeeklyQaView, teamId = '') {
  const dataProvider = { ...testDataProvider(), weeklyQa: vi.fn(async () => answer) };
  render(
    <TestMemoryRouter initialEntries={['/reports/weekly']}>
      <TestAdmin authProvider={signedInAs({ id: 's1', fullName: '王芳', role: 'AGENT' })} dataProvider={dataProvider}>
        <Routes>
          <Route path="/reports/weekly" element={<WeeklyQaSection date="2026-12-07" teamId={teamId} />} />
        </Routes>
      </TestAdmin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

describe('the weekly report’s QA section (周报·质检汇总)', () => {
  it('shows the week’s evaluations, mean and trend, disputes, per-dimension means and the lowest items linking to their evaluation', async () => {
    const dataProvider = open(qa(), 't1');
    const section = await screen.findByRole('region', { name: '质检汇总' });
    expect(dataProvider.weeklyQa).toHaveBeenCalledWith('2026-12-07', 't1');
    expect(section.textContent).toContain('质检 4 次');
    expect(section.textContent).toContain('76.0');
    expect(section.textContent).toContain('+6.0');
    expect(section.textContent).toContain('申诉中 1 件，已处理申诉 2 件');
    const dimensions = within(section).getByRole('table', { name: '质检项' });
    expect(within(dimensions).getByText('服务用语').closest('tr')?.textContent).toContain('72.5');
    expect(within(dimensions).getByText('服务态度').closest('tr')?.textContent).toContain('—');
    const lowest = within(section).getByRole('table', { name: '得分最低的评分项' });
    expect(within(lowest).getByRole('link', { name: '服务用语' }).getAttribute('href')).toBe('/qualityEvaluations/e1/show');
    expect(within(lowest).getByText('10 / 20')).toBeTruthy();
    expect(within(lowest).getByText('语气生硬')).toBeTruthy();
  });

  it('says so when the week has no evaluation, and asks for the department without a team', async () => {
    const dataProvider = open(qa({ overall: { evaluations: 0, average: null, previousAverage: null, change: null, dimensions: [] }, lowestItems: [] }));
    expect(await screen.findByText('本周暂无质检记录。')).toBeTruthy();
    expect(dataProvider.weeklyQa).toHaveBeenCalledWith('2026-12-07', null);
  });
});
