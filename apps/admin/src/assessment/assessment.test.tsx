import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@sanxin/domain';
import { Notification, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../test/testAdmin';
import { AssessmentPage } from './AssessmentPage';
import { actionsFor, previousMonth } from './assessmentFigures';
import type { MonthlyAssessmentFilter, MonthlyAssessmentRow } from './assessmentQueries';
import { MyAssessmentPage } from './MyAssessmentPage';

const row = (id: string, staff: { id: string; name: string }, patch: Partial<MonthlyAssessmentRow> = {}): MonthlyAssessmentRow => ({
  id,
  version: 1,
  month: '2026-11',
  staffId: staff.id,
  staff,
  teamId: 't1',
  team: { id: 't1', name: '热线一班' },
  status: 'COMPUTED',
  computedScore: 87.3,
  adjustedScore: null,
  adjustmentReason: null,
  adjustedBy: null,
  score: 87.3,
  qaAverage: 88.5,
  qaEvaluations: 6,
  followUpsDue: 20,
  followUpsOnTime: 18,
  complaintsClosed: 4,
  complaintsWithinDeadline: 3,
  satisfactionAnswers: 15,
  satisfied: 14,
  violations: 1,
  pointsPerViolation: 10,
  parts: [
    { part: 'qa', value: 88.5, weight: 40 },
    { part: 'followUpTimeliness', value: 90, weight: 20 },
    { part: 'complaintTimeliness', value: 75, weight: 20 },
    { part: 'satisfaction', value: 93.3, weight: 10 },
    { part: 'discipline', value: 90, weight: 10 },
  ],
  computedAt: '2026-12-01T02:00:00.000Z',
  confirmedAt: null,
  confirmedBy: null,
  availableActions: ['ADJUST', 'CONFIRM'],
  ...patch,
});

const ZHANG = { id: 'a1', name: '张思远' };
const LI = { id: 'a2', name: '李婷' };
const MANAGER = { id: 'm1', name: '郑国强' };

function openTable(role: Role, rows: MonthlyAssessmentRow[], methods: Record<string, unknown> = {}, viewerId = 'm1') {
  const filters: MonthlyAssessmentFilter[] = [];
  const dataProvider = {
    ...testDataProvider({ getList: (async () => ({ data: [{ id: 't1', name: '热线一班' }], total: 1 })) as never }),
    monthlyAssessments: vi.fn(async (filter: MonthlyAssessmentFilter) => {
      filters.push(filter);
      return rows;
    }),
    ...methods,
  };
  render(
    <TestAdmin authProvider={signedInAs({ id: viewerId, fullName: '郑国强', role })} dataProvider={dataProvider}>
      <AssessmentPage />
      <Notification />
    </TestAdmin>,
  );
  return { filters, dataProvider };
}

const rowOf = (name: string) => screen.getByRole('button', { name: `${name} 的考核明细` }).closest('tr') as HTMLElement;

describe('月考核', { timeout: 40_000 }, () => {
  it('shows each part of every agent, the figures behind a part on expanding, and the scores', async () => {
    openTable('DEPT_MANAGER', [row('x1', ZHANG), row('x2', LI, { adjustedScore: 92, score: 92, adjustmentReason: '协助处理重大投诉', adjustedBy: MANAGER })]);
    await screen.findByRole('button', { name: '张思远 的考核明细' }, { timeout: 25_000 });
    const cells = within(rowOf('张思远'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(1, 10)).toEqual(['张思远', '88.5', '90', '75', '93.3', '90', '87.3', '—', '87.3']);
    expect(
      within(rowOf('李婷'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(7, 10),
    ).toEqual(['87.3', '92', '92']);
    fireEvent.click(screen.getByRole('button', { name: '张思远 的考核明细' }));
    const details = await screen.findByTestId('assessment-details-x1');
    expect(details).toHaveTextContent('质检平均分 88.5 · 权重 40% · 平均 88.5 分，共 6 次质检');
    expect(details).toHaveTextContent('回访及时率 90 · 权重 20% · 按时 18 / 应回访 20');
    expect(details).toHaveTextContent('投诉按时办结率 75 · 权重 20% · 按时办结 3 / 办结 4');
    expect(details).toHaveTextContent('违纪 1 次，每次扣 10 分');
    fireEvent.click(screen.getByRole('button', { name: '李婷 的考核明细' }));
    expect(await screen.findByTestId('assessment-details-x2')).toHaveTextContent('郑国强 调整为 92，原因：协助处理重大投诉');
  });

  it('offers a manager 调整 and 认定 on others’ computed assessments, nothing on a confirmed one or their own', async () => {
    openTable('DEPT_MANAGER', [
      row('x1', ZHANG),
      row('x2', LI, { status: 'CONFIRMED', confirmedAt: '2026-12-01T03:00:00.000Z', confirmedBy: MANAGER }),
      row('x3', MANAGER),
    ]);
    await screen.findByRole('button', { name: '张思远 的考核明细' }, { timeout: 25_000 });
    const buttons = (name: string) =>
      within(rowOf(name))
        .queryAllByRole('button')
        .map((button) => button.textContent)
        .filter((text) => text);
    expect(buttons('张思远')).toEqual(['调整', '认定']);
    expect(buttons('李婷')).toEqual([]);
    expect(buttons('郑国强')).toEqual([]);
    expect(screen.getByRole('button', { name: '计算本月考核' })).toBeInTheDocument();
  });

  it('lets a QA inspector compute the month but never adjust or confirm', async () => {
    const computeMonthlyAssessments = vi.fn(async () => ({ month: '2026-11', created: 2, updated: 1, unchanged: 0 }));
    const { filters } = openTable('QA_INSPECTOR', [row('x1', ZHANG), row('x2', LI, { status: 'CONFIRMED' })], { computeMonthlyAssessments }, 'qa1');
    await screen.findByRole('button', { name: '张思远 的考核明细' }, { timeout: 25_000 });
    expect(within(rowOf('张思远')).queryByRole('button', { name: '认定' })).toBeNull();
    expect(within(rowOf('张思远')).queryByRole('button', { name: '调整' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '计算本月考核' }));
    await waitFor(() => expect(computeMonthlyAssessments).toHaveBeenCalledWith(filters[0].month));
    expect(await screen.findByText('计算完成：新增 2 条，更新 1 条，未变 0 条')).toBeInTheDocument();
    await waitFor(() => expect(filters.length).toBe(2));
  });

  it('adjusts only with a reason, sending the version read', async () => {
    const adjustMonthlyAssessment = vi.fn(async () => row('x1', ZHANG, { version: 2, adjustedScore: 90, score: 90 }));
    openTable('DEPT_MANAGER', [row('x1', ZHANG)], { adjustMonthlyAssessment });
    await screen.findByRole('button', { name: '张思远 的考核明细' }, { timeout: 25_000 });
    fireEvent.click(within(rowOf('张思远')).getByRole('button', { name: '调整' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('调整后得分'), { target: { value: '90' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    expect(adjustMonthlyAssessment).not.toHaveBeenCalled();
    const reason = `𠮷协助处理重大投诉${'，'.repeat(10)}`;
    fireEvent.change(within(dialog).getByLabelText('调整原因'), { target: { value: reason } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(adjustMonthlyAssessment).toHaveBeenCalledWith('x1', 1, 90, reason));
  });

  it('confirms after asking, and says so when someone changed the assessment meanwhile', async () => {
    const confirmMonthlyAssessment = vi.fn(async () => {
      throw new Error('sanxin.errors.CONFLICT');
    });
    const { filters } = openTable('CENTER_DIRECTOR', [row('x1', ZHANG, { version: 4 })], { confirmMonthlyAssessment });
    await screen.findByRole('button', { name: '张思远 的考核明细' }, { timeout: 25_000 });
    fireEvent.click(within(rowOf('张思远')).getByRole('button', { name: '认定' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('认定后得分 87.3 即为最终结果');
    fireEvent.click(within(dialog).getByRole('button', { name: '认定' }));
    await waitFor(() => expect(confirmMonthlyAssessment).toHaveBeenCalledWith('x1', 4));
    expect(await screen.findByText(/该记录已被他人修改/)).toBeInTheDocument();
    // The month is read again, so the next try starts from what the other person saved.
    await waitFor(() => expect(filters.length).toBe(2));
  });

  it('refuses agents, who have 我的考核 instead', async () => {
    const { filters } = openTable('AGENT', [], {}, 'a1');
    expect(await screen.findByText(/无权|权限/, {}, { timeout: 25_000 })).toBeInTheDocument();
    expect(filters).toEqual([]);
  });
});

describe('我的考核', { timeout: 40_000 }, () => {
  it('shows the agent their own months, newest first, with the figures and no action', async () => {
    const filters: MonthlyAssessmentFilter[] = [];
    const dataProvider = {
      ...testDataProvider(),
      monthlyAssessments: async (filter: MonthlyAssessmentFilter) => {
        filters.push(filter);
        return [row('x0', ZHANG, { month: '2026-10', status: 'CONFIRMED', score: 85 }), row('x1', ZHANG, { availableActions: [] })];
      },
    };
    render(
      <TestAdmin authProvider={signedInAs({ id: 'a1', fullName: '张思远', role: 'AGENT' })} dataProvider={dataProvider}>
        <MyAssessmentPage />
      </TestAdmin>,
    );
    const table = await screen.findByRole('table', { name: '月考核明细' }, { timeout: 25_000 });
    expect(filters).toEqual([{ mine: true }]);
    const months = within(table)
      .getAllByRole('row')
      .map((tr) => tr.querySelectorAll('td')[1]?.textContent)
      .filter(Boolean);
    expect(months).toEqual(['2026-11', '2026-10']);
    expect(within(table).queryByRole('button', { name: '认定' })).toBeNull();
    expect(within(table).queryByRole('button', { name: '调整' })).toBeNull();
  });
});

describe('the rules the table follows', () => {
  it('offers the domain’s actions: managers on others’ computed assessments only', () => {
    expect(actionsFor({ status: 'COMPUTED', staffId: 'a1' }, { id: 'm1', role: 'DEPT_MANAGER' })).toEqual(['adjust', 'confirm']);
    expect(actionsFor({ status: 'CONFIRMED', staffId: 'a1' }, { id: 'm1', role: 'DEPT_MANAGER' })).toEqual([]);
    expect(actionsFor({ status: 'COMPUTED', staffId: 'a1' }, { id: 'q1', role: 'QA_INSPECTOR' })).toEqual([]);
    expect(actionsFor({ status: 'COMPUTED', staffId: 'm1' }, { id: 'm1', role: 'DEPT_MANAGER' })).toEqual([]);
  });

  it('opens on the month before', () => {
    expect(previousMonth('2026-12')).toBe('2026-11');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });
});
