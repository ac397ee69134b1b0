import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type AuthProvider, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { CustomerCreate } from './CustomerCreate';
import { CustomerMergeHistory, MergeCustomerButton } from './CustomerMerge';

const authProvider = (role: string, canMerge = true): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 's1', fullName: '王芳', role }),
  canAccess: async ({ action }) => action !== 'merge' || canMerge,
});

function renderCreate(duplicates: object[]) {
  const records = vi.fn(async () => duplicates);
  const dataProvider = { ...testDataProvider({ getList: async () => ({ data: [], total: 0 }) as never, getMany: async () => ({ data: [] }) as never }), records };
  render(
    <AdminContext dataProvider={dataProvider as never} authProvider={authProvider('AGENT', false)} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="customers">
        <CustomerCreate />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { records };
}

describe('duplicate customers while filling the form', () => {
  it('asks the API as the phone is typed and links to the customer that has it, without its phone', async () => {
    const { records } = renderCreate([{ customerId: 'c9', name: '王建国', company: '杭州华联商贸有限公司', reasons: ['PHONE'], canOpen: true }]);
    fireEvent.change(await screen.findByLabelText('电话'), { target: { value: '138-0013 8000' } });
    const warning = await screen.findByTestId('duplicate-warning', {}, { timeout: 3000 });
    expect(records).toHaveBeenCalledWith('customerDuplicates', expect.objectContaining({ phone: '138-0013 8000' }));
    expect(warning).toHaveTextContent('已有电话相同的客户：王建国（杭州华联商贸有限公司）');
    expect(within(warning).getByRole('link', { name: '查看' })).toHaveAttribute('href', expect.stringContaining('/customers/c9/show'));
    expect(warning.textContent).not.toMatch(/\d{4}/);
  });

  it('names the same name and company, with no link for a viewer who may not open it', async () => {
    renderCreate([{ customerId: 'c9', name: '李梅', company: '苏州恒达物流有限公司', reasons: ['NAME_AND_COMPANY'], canOpen: false }]);
    fireEvent.change(await screen.findByLabelText(/客户名称/), { target: { value: '李梅' } });
    fireEvent.change(screen.getByLabelText(/单位|公司/), { target: { value: '苏州恒达物流有限公司' } });
    const warning = await screen.findByTestId('duplicate-warning', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('已有名称和单位相同的客户');
    expect(within(warning).queryByRole('link')).toBeNull();
  });
});

describe('merging a duplicate', () => {
  const duplicate = { id: 'dup', version: 3, name: '李梅', company: '苏州恒达物流有限公司' };
  const kept = { id: 'keep', version: 7, name: '李梅', company: '苏州恒达物流有限公司' };

  function renderShow(role: string, canMerge: boolean, merges: object[] = []) {
    const workflow = vi.fn(async () => ({ id: 'm1', movedCount: 4 }));
    const dataProvider = {
      ...testDataProvider({ getList: async () => ({ data: [duplicate, kept], total: 2 }) as never, getOne: async () => ({ data: kept }) as never }),
      workflow,
      records: async () => merges,
    };
    render(
      <AdminContext dataProvider={dataProvider as never} authProvider={authProvider(role, canMerge)} i18nProvider={i18nProvider} store={memoryStore()}>
        <ResourceContextProvider value="customers">
          <RecordContextProvider value={duplicate}>
            <MergeCustomerButton />
            <CustomerMergeHistory />
          </RecordContextProvider>
        </ResourceContextProvider>
      </AdminContext>,
    );
    return { workflow };
  }

  it('is offered only to those the matrix lets merge', async () => {
    renderShow('AGENT', false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('button', { name: '合并重复客户' })).toBeNull();
  });

  it('merges into the customer chosen, with both versions', async () => {
    const { workflow } = renderShow('DEPT_MANAGER', true);
    fireEvent.click(await screen.findByRole('button', { name: '合并重复客户' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '保留的客户' }));
    fireEvent.click(await screen.findByRole('option', { name: /李梅/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: '合并' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('mergeCustomers', { sourceId: 'dup', sourceVersion: 3, targetId: 'keep', targetVersion: 7 }));
  });

  it('offers to undo today’s merge, not an older one', async () => {
    const today = { id: 'm1', version: 1, sourceId: 'other', targetId: 'dup', mergedAt: new Date().toISOString(), undoneAt: null, movedCount: 4 };
    const old = { ...today, id: 'm0', mergedAt: '2025-01-02T02:00:00Z' };
    const { workflow } = renderShow('DEPT_MANAGER', true, [today, old]);
    const history = await screen.findByTestId('merge-history');
    const undo = await within(history).findAllByRole('button', { name: '撤销合并' });
    expect(undo).toHaveLength(1);
    fireEvent.click(undo[0]);
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('undoCustomerMerge', { id: 'm1', version: 1 }));
  });
});
