import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  AdminContext,
  type AuthProvider,
  ListContextProvider,
  type ListControllerResult,
  memoryStore,
  ResourceContextProvider,
  testDataProvider,
} from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { AssignCustomersButton } from './AssignCustomersButton';

const canAccess = vi.fn();
const authProvider = (role: string): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 's0', fullName: '林慧敏', role }),
  canAccess: async (params) => {
    canAccess(params);
    return role === 'DEPT_MANAGER' || params.action !== 'assign';
  },
});

function renderButton(role = 'DEPT_MANAGER') {
  const assignCustomers = vi.fn(async () => []);
  const getList = vi.fn(async () => ({ data: [{ id: 'a1', name: '刘洋', role: 'AGENT', skillLevel: 4 }], total: 1 }));
  const dataProvider = { ...testDataProvider({ getList: getList as never }), assignCustomers };
  const list = { selectedIds: ['c1', 'c2', 'c3'], onUnselectItems: vi.fn() } as unknown as ListControllerResult;
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider(role)} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="customers">
        <ListContextProvider value={list}>
          <AssignCustomersButton />
        </ListContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { assignCustomers, getList };
}

describe('分配负责人 on the customer list', () => {
  it('assigns the selected customers to the chosen agent with a reason, in one call', async () => {
    const { assignCustomers, getList } = renderButton();
    fireEvent.click(await screen.findByRole('button', { name: '分配负责人' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('为 3 位客户分配负责人')).toBeInTheDocument();
    await waitFor(() => expect(getList).toHaveBeenCalledWith('staffMembers', expect.objectContaining({ filter: { active: true, role: 'AGENT' } })));

    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: /刘洋/ }));
    fireEvent.change(within(dialog).getByLabelText(/分配原因/), { target: { value: '原负责人调岗' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));

    await waitFor(() => expect(assignCustomers).toHaveBeenCalledWith(['c1', 'c2', 'c3'], 'a1', '原负责人调岗'));
  });

  it('is not offered to those who may not assign', async () => {
    canAccess.mockClear();
    renderButton('AGENT');
    await waitFor(() => expect(canAccess).toHaveBeenCalledWith(expect.objectContaining({ resource: 'customers', action: 'assign' })));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the answer reaches the component
    expect(screen.queryByRole('button', { name: '分配负责人' })).not.toBeInTheDocument();
  });
});
