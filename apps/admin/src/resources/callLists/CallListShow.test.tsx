import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, memoryStore, Resource, TestMemoryRouter, testDataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { canAccessAs } from '../../providers/identity';
import { signedInAs } from '../../test/testAdmin';
import type { CallListProgress } from './callListQueries';
import { CallListShow } from './CallListShow';

const authAs = (role: 'DEPT_MANAGER' | 'SHIFT_LEADER') => signedInAs({ id: 'me', fullName: '郑国强', role }, async (params) => canAccessAs({ id: 'me', role }, params));

const PROGRESS: CallListProgress = {
  total: 9,
  done: 5,
  unreachable: 1,
  open: 3,
  cancelled: 0,
  agents: [
    { agentId: 'a1', agent: { id: 'a1', name: '张思远' }, total: 5, done: 3, unreachable: 1, open: 1, cancelled: 0 },
    { agentId: 'a2', agent: { id: 'a2', name: '李婷' }, total: 4, done: 2, unreachable: 0, open: 2, cancelled: 0 },
  ],
};

function openShow(role: 'DEPT_MANAGER' | 'SHIFT_LEADER', status: 'DRAFT' | 'LAUNCHED', methods: Record<string, unknown>) {
  const record = { id: 'l1', version: 1, name: '年终客户满意度调查', status, callScript: { id: 's1', name: '服务回访' }, callScriptRevision: 2, agentIds: ['a1', 'a2'], dailyQuota: 8, customerCount: status === 'DRAFT' ? null : 9 };
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: record })) as never,
    getMany: (async () => ({ data: [{ id: 'a1', name: '张思远' }, { id: 'a2', name: '李婷' }] })) as never,
    ...methods,
  } as never);
  render(
    <TestMemoryRouter initialEntries={['/callLists/l1/show']}>
      <Admin dataProvider={dataProvider} authProvider={authAs(role)} i18nProvider={i18nProvider} store={memoryStore()}>
        <Resource name="callLists" show={CallListShow} />
        <Resource name="staffMembers" />
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('a call list’s page', { timeout: 40_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the progress per agent and in all', async () => {
    openShow('SHIFT_LEADER', 'LAUNCHED', { callListProgress: async () => PROGRESS });
    const table = await screen.findByRole('region', { name: '外呼进度' }, { timeout: 25_000 });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['张思远', '5', '3', '1', '1', '0'],
      ['李婷', '4', '2', '0', '2', '0'],
      ['合计', '9', '5', '1', '3', '0'],
    ]);
    expect(screen.queryByRole('button', { name: '下发任务' })).toBeNull();
  });

  it('lets a manager launch a draft with its version, after confirming', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const launchCallList = vi.fn(async () => ({ id: 'l1', version: 2, status: 'LAUNCHED', customerCount: 9, startDate: '2026-12-09', launchedAt: '2026-12-09T02:00:00Z', callScriptRevision: 2 }));
    openShow('DEPT_MANAGER', 'DRAFT', { callListProgress: async () => ({ ...PROGRESS, total: 0, done: 0, unreachable: 0, open: 0, agents: [] }), launchCallList });
    fireEvent.click(await screen.findByRole('button', { name: '下发任务' }, { timeout: 25_000 }));
    await waitFor(() => expect(launchCallList).toHaveBeenCalledWith('l1', 1));
    expect(await screen.findByText('已下发，共 9 位客户')).toBeInTheDocument();
  });
});
