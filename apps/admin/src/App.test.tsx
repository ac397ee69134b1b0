import { render, screen } from '@testing-library/react';
import { memoryStore, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { createAuthProvider } from './providers/authProvider';
import { mockApolloClient } from './test/mockApollo';

function renderAs(role: string) {
  const { client } = mockApolloClient(() => ({ data: { me: { id: 's1', name: '王芳', role } } }));
  const dataProvider = testDataProvider({ getList: async () => ({ data: [], total: 0 }) as never });
  render(
    <TestMemoryRouter>
      <App authProvider={createAuthProvider(client)} dataProvider={dataProvider} store={memoryStore()} />
    </TestMemoryRouter>,
  );
}

describe('menu by role', () => {
  it('hides staff management from an agent', async () => {
    renderAs('AGENT');

    expect(await screen.findByRole('menuitem', { name: /客户/ }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /服务记录/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /班组/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /员工/ })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /待首次联系/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /服务合同/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /工作负载/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /客户分配/ })).not.toBeInTheDocument();
    // Grouped by task, with only the groups the agent has.
    expect(screen.getByRole('navigation', { name: '投诉与回访' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '排班' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '报表' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /日报/ })).toBeInTheDocument();
  }, 60_000);

  it('shows workload and assignment to the department manager', async () => {
    renderAs('DEPT_MANAGER');

    expect(await screen.findByRole('menuitem', { name: /工作负载/ }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /客户分配/ })).toBeInTheDocument();
  }, 60_000);

  it('shows the workload, but not assignment, to a shift leader', async () => {
    renderAs('SHIFT_LEADER');

    expect(await screen.findByRole('menuitem', { name: /工作负载/ }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /客户分配/ })).not.toBeInTheDocument();
  }, 60_000);

  it('shows staff management to an administrator', async () => {
    renderAs('ADMIN');

    expect(await screen.findByRole('menuitem', { name: /员工管理/ }, { timeout: 30_000 })).toBeInTheDocument();
  }, 60_000);
});
