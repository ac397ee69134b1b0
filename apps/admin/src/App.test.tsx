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

    expect(await screen.findByRole('menuitem', { name: /客户/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /服务记录/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /班组/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /员工/ })).not.toBeInTheDocument();
  });

  it('shows staff management to an administrator', async () => {
    renderAs('ADMIN');

    expect(await screen.findByRole('menuitem', { name: /员工管理/ })).toBeInTheDocument();
  });
});
