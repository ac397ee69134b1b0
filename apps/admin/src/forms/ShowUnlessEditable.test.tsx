import { render, screen } from '@testing-library/react';
import { Admin, memoryStore, Resource, TestMemoryRouter, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { canAccessAs } from '../providers/identity';
import { CustomerEdit } from '../resources/customers/CustomerEdit';
import { signedInAs } from '../test/testAdmin';

const agent = { id: 'me', role: 'AGENT' as const };
const authProvider = signedInAs({ id: agent.id, fullName: '张思远', role: agent.role }, async (params) => canAccessAs(agent, params));

function openEdit(ownerId: string) {
  const getOne = vi.fn(async () => ({ data: { id: 'c9', version: 1, kind: 'COMPANY', name: '东莞精工机械', tier: 'B', lifecycle: 'ACTIVE', tags: [], ownerId } }));
  render(
    <TestMemoryRouter initialEntries={['/customers/c9']}>
      <Admin dataProvider={testDataProvider({ getOne: getOne as never, getList: async () => ({ data: [], total: 0 }) as never, getMany: async () => ({ data: [] }) as never })} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
        <Resource name="customers" edit={CustomerEdit} show={() => <div>客户详情页</div>} />
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('the edit address of a record the viewer may not edit', () => {
  it("sends an agent on a colleague's customer to its show page, with no form to fill in", async () => {
    openEdit('colleague');
    expect(await screen.findByText('客户详情页', {}, { timeout: 25_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
  }, 40_000);

  it('keeps the form for the agent who owns the customer', async () => {
    openEdit('me');
    expect(await screen.findByRole('button', { name: '保存' }, { timeout: 25_000 })).toBeInTheDocument();
    expect(screen.queryByText('客户详情页')).toBeNull();
  }, 40_000);
});
