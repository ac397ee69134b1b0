import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@sanxin/domain';
import { testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import type { QualitySummaryArgs, QualitySummaryFigures } from './qualitySummaryQueries';
import { QualitySummaryPage } from './QualitySummaryPage';
import { trainingPlanCreatePath, trainingPlanDraft, trendArrow, weakestDimension } from './trainingPlanDraft';

const SUMMARY: QualitySummaryFigures = {
  periodKind: 'WEEK',
  periodStart: '2026-11-23',
  periodEnd: '2026-11-29',
  previousStart: '2026-11-16',
  overall: {
    evaluations: 12,
    previousEvaluations: 10,
    average: 86.4,
    previousAverage: 88.1,
    change: -1.7,
    dimensions: [
      { dimension: 'SERVICE_LANGUAGE', items: 24, average: 91.2, previousAverage: 90, change: 1.2 },
      { dimension: 'NEEDS_SUMMARY', items: 24, average: 78.5, previousAverage: 84, change: -5.5 },
    ],
  },
  agents: [
    { agentId: 'a1', agent: { id: 'a1', name: '张思远' }, teamId: 't1', evaluations: 6, average: 80.2, previousAverage: 85, change: -4.8 },
    { agentId: 'a2', agent: { id: 'a2', name: '李婷' }, teamId: 't1', evaluations: 6, average: 92.6, previousAverage: 91, change: 1.6 },
  ],
  lowestItems: [
    {
      evaluationId: 'e7',
      agentId: 'a1',
      agent: { id: 'a1', name: '张思远' },
      dimension: 'NEEDS_SUMMARY',
      score: 4,
      maxScore: 10,
      comment: '保修期限答复错误，未核对合同',
    },
    { evaluationId: 'e9', agentId: 'a2', agent: { id: 'a2', name: '李婷' }, dimension: 'SERVICE_LANGUAGE', score: 6, maxScore: 10, comment: null },
  ],
  commonComments: [
    { phrase: '未使用标准开场白', count: 4 },
    { phrase: '语速过快', count: 2 },
  ],
};

function openAs(role: Role, summary: QualitySummaryFigures = SUMMARY) {
  const asked: QualitySummaryArgs[] = [];
  const dataProvider = {
    ...testDataProvider({
      getList: (async (resource: string) =>
        resource === 'teams'
          ? { data: [{ id: 't1', name: '热线一班' }], total: 1 }
          : {
              data: [
                { id: 'a1', name: '张思远' },
                { id: 'a2', name: '李婷' },
              ],
              total: 2,
            }) as never,
    }),
    qualitySummary: vi.fn(async (args: QualitySummaryArgs) => {
      asked.push(args);
      return summary;
    }),
  };
  render(
    <TestAdmin authProvider={signedInAs({ id: 'me', fullName: '周敏', role })} dataProvider={dataProvider}>
      <QualitySummaryPage />
    </TestAdmin>,
  );
  return asked;
}

describe('质检汇总', { timeout: 30_000 }, () => {
  it('shows the week against the week before: averages, the trend arrow, each dimension, the lowest items linking to their evaluation, recurring comments', async () => {
    openAs('QA_INSPECTOR');
    expect(await screen.findByTestId('summary-average', {}, { timeout: 20_000 })).toHaveTextContent('86.4');
    expect(screen.getByTestId('summary-evaluations')).toHaveTextContent('12');
    expect(screen.getByTestId('summary-trend')).toHaveTextContent('▼ -1.7');
    expect(screen.getByRole('img', { name: '各维度本期与上期平均分' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '各维度平均分（得分率）' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['服务用语', '91.2', '90', '▲ +1.2', '24'],
      ['需求归纳能力', '78.5', '84', '▼ -5.5', '24'],
    ]);
    const lowest = screen.getByRole('link', { name: '张思远 · 需求归纳能力 · 4/10' });
    expect(lowest.getAttribute('href')).toBe('#/qualityEvaluations/e7/show');
    expect(screen.getByText('保修期限答复错误，未核对合同')).toBeInTheDocument();
    expect(screen.getByText('未使用标准开场白（4 次）')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '制定培训计划' })).toBeEnabled();
  });

  it('asks for the month, the team and the agent picked', async () => {
    const asked = openAs('DEPT_MANAGER');
    await screen.findByTestId('summary-average', {}, { timeout: 20_000 });
    expect(asked[0]).toMatchObject({ period: 'WEEK', teamId: null, agentId: null });
    fireEvent.click(screen.getByRole('button', { name: '月' }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ period: 'MONTH' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '班组' }));
    fireEvent.click(await screen.findByRole('option', { name: '热线一班' }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ period: 'MONTH', teamId: 't1', agentId: null }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '业务代表' }));
    fireEvent.click(await screen.findByRole('option', { name: '李婷' }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ teamId: 't1', agentId: 'a2' }));
  });

  it('gives a shift leader no team picker: the API answers their team', async () => {
    openAs('SHIFT_LEADER');
    await screen.findByTestId('summary-average', {}, { timeout: 20_000 });
    expect(screen.queryByRole('combobox', { name: '班组' })).toBeNull();
    expect(screen.getByRole('combobox', { name: '业务代表' })).toBeInTheDocument();
  });

  it('shows an agent nothing but the refusal, without asking the API', async () => {
    const asked = openAs('AGENT');
    expect(await screen.findByText(/无权|权限/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('offers no training plan for a period without evaluations', async () => {
    openAs('QA_INSPECTOR', {
      ...SUMMARY,
      overall: { ...SUMMARY.overall, evaluations: 0, average: null, change: null, dimensions: [] },
      agents: [],
      lowestItems: [],
      commonComments: [],
    });
    expect(await screen.findByText('本期没有已提交的质检评分', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '制定培训计划' })).toBeDisabled();
    expect(screen.getByTestId('summary-trend')).toHaveTextContent('—');
  });
});

describe('a training plan drafted from a summary', () => {
  const topicOf = (dimension: string | null) => `${dimension ?? '综合'}专项培训`;

  it('takes the weakest dimension and the agents whose items in it were among the lowest', () => {
    expect(weakestDimension(SUMMARY)).toBe('NEEDS_SUMMARY');
    expect(trainingPlanDraft(SUMMARY, '2026-12-02', topicOf)).toEqual({
      topic: 'NEEDS_SUMMARY专项培训',
      dimension: 'NEEDS_SUMMARY',
      agentIds: ['a1'],
      plannedOn: '2026-12-02',
      sourcePeriodKind: 'WEEK',
      sourcePeriodStart: '2026-11-23',
    });
  });

  it('falls back to the agents below the average when no lowest item is in that dimension', () => {
    const draft = trainingPlanDraft({ ...SUMMARY, lowestItems: [SUMMARY.lowestItems[1]] }, '2026-12-02', topicOf);
    expect(draft.agentIds).toEqual(['a1']);
  });

  it('opens the create page with the draft as its values', () => {
    const path = trainingPlanCreatePath(trainingPlanDraft(SUMMARY, '2026-12-02', topicOf));
    expect(path.startsWith('/trainingPlans/create?source=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.split('source=')[1])).agentIds).toEqual(['a1']);
  });

  it('draws the trend as an arrow', () => {
    expect([trendArrow(2), trendArrow(-0.1), trendArrow(0), trendArrow(null)]).toEqual(['▲', '▼', '＝', '—']);
  });
});
