import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, memoryStore, Resource, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { canAccessAs } from '../../providers/identity';
import { signedInAs } from '../../test/testAdmin';
import { sessionInput } from './RecordSessionButton';
import type { TrainingSessionRecord } from './trainingPlanQueries';
import { TrainingPlanShow } from './TrainingPlanShow';

const auth = signedInAs({ id: 'qa1', fullName: '周敏', role: 'QA_INSPECTOR' }, async (params) => canAccessAs({ id: 'qa1', role: 'QA_INSPECTOR' }, params));
const AGENTS = [
  { id: 'a1', name: '张思远' },
  { id: 'a2', name: '李婷' },
];
const SESSION: TrainingSessionRecord = {
  id: 's1',
  heldOn: '2026-11-30',
  note: '保修条款逐条讲解',
  recordedBy: { id: 'qa1', name: '周敏' },
  results: [
    { staffId: 'a1', staff: AGENTS[0], attended: true, examScore: 92.5 },
    { staffId: 'a2', staff: AGENTS[1], attended: false, examScore: null },
  ],
};

function openPlan(status: 'PLANNED' | 'ARCHIVED', methods: Record<string, unknown> = {}) {
  const plan = {
    id: 'p1',
    version: 3,
    topic: '需求归纳能力专项培训',
    dimension: '业务准确',
    plannedOn: '2026-11-30',
    status,
    agentIds: ['a1', 'a2'],
    note: null,
    availableActions: status === 'PLANNED' ? ['UPDATE', 'ARCHIVE'] : [],
  };
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: plan })) as never,
    getMany: (async () => ({ data: AGENTS })) as never,
    trainingPlanSessions: async () => [SESSION],
    ...methods,
  } as never);
  render(
    <TestMemoryRouter initialEntries={['/trainingPlans/p1/show']}>
      <Admin dataProvider={dataProvider} authProvider={auth} i18nProvider={i18nProvider} store={memoryStore()}>
        <Resource name="trainingPlans" show={TrainingPlanShow} />
        <Resource name="staffMembers" />
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('a training plan’s page', { timeout: 40_000 }, () => {
  it('shows its agents and every session with attendance and exam score', async () => {
    openPlan('PLANNED');
    const table = await screen.findByRole('table', { name: '2026-11-30 培训' }, { timeout: 25_000 });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['张思远', '出勤', '92.5'],
      ['李婷', '缺勤', '—'],
    ]);
    expect(screen.getByText('保修条款逐条讲解')).toBeInTheDocument();
    expect(screen.getAllByText('张思远').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '记录培训' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '归档' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '编辑' })).toBeInTheDocument();
  });

  it('keeps an archived plan read-only: no session, edit or archive', async () => {
    openPlan('ARCHIVED');
    expect(await screen.findByText('培训计划已归档，只能查看', {}, { timeout: 25_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '记录培训' })).toBeNull();
    expect(screen.queryByRole('button', { name: '归档' })).toBeNull();
    expect(screen.queryByRole('link', { name: '编辑' })).toBeNull();
  });

  it('records a session: who came and their exam score, refusing a score above 100 before sending', async () => {
    const createTrainingSession = vi.fn(async () => ({ id: 's2', heldOn: '2026-12-02' }));
    openPlan('PLANNED', { createTrainingSession });
    fireEvent.click(await screen.findByRole('button', { name: '记录培训' }, { timeout: 25_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('培训日期'), { target: { value: '2026-12-02' } });
    fireEvent.change(within(dialog).getByLabelText('张思远 考试成绩'), { target: { value: '120' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '李婷' }));
    expect(within(dialog).getByLabelText('李婷 考试成绩')).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/0.*100/)).toBeInTheDocument();
    expect(createTrainingSession).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText('张思远 考试成绩'), { target: { value: '88.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(createTrainingSession).toHaveBeenCalledWith({
        planId: 'p1',
        heldOn: '2026-12-02',
        note: null,
        results: [
          { staffId: 'a1', attended: true, examScore: 88.5 },
          { staffId: 'a2', attended: false, examScore: null },
        ],
      }),
    );
  });

  it('archives with the version it read after confirming, and says so when someone changed the plan meanwhile', async () => {
    const workflow = vi.fn(async () => {
      throw Object.assign(new Error('sanxin.errors.CONFLICT'), { status: 409 });
    });
    openPlan('PLANNED', { workflow });
    fireEvent.click(await screen.findByRole('button', { name: '归档' }, { timeout: 25_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/只能查看/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: /确认|确定|归档/ }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('archiveTrainingPlan', { id: 'p1', version: 3 }));
    expect(await screen.findByText(/该记录已被他人修改/)).toBeInTheDocument();
  });
});

describe('a session as sent', () => {
  it('keeps a long note and astral Chinese as typed, and sends no score for someone absent', () => {
    const note = `𠮷${'培'.repeat(9_999)}`;
    expect(sessionInput('p1', '2026-12-02', note, [{ staffId: 'a1', attended: false, examScore: '80' }])).toEqual({
      planId: 'p1',
      heldOn: '2026-12-02',
      note,
      results: [{ staffId: 'a1', attended: false, examScore: null }],
    });
    expect(sessionInput('p1', '2026-12-02', '  ', []).note).toBeNull();
  });
});
