import { domainMessages } from '@sanxin/domain';
import { fireEvent, render, screen } from '@testing-library/react';
import { ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CustomerCreate } from './CustomerCreate';
import { signedInAs, TestAdmin } from '../../test/testAdmin';

const zh = domainMessages['zh-CN'].validation;

const authProvider = signedInAs({ id: 's1', fullName: '王芳', role: 'AGENT' });

function renderCreateForm() {
  const create = vi.fn(async (_resource: string, { data }: { data: object }) => ({ data: { id: 'c1', ...data } }));
  const dataProvider = testDataProvider({
    getList: async () => ({ data: [], total: 0 }) as never,
    getMany: async () => ({ data: [{ id: 's1', name: '王芳' }] }) as never,
    create: create as never,
  });
  render(
    <TestAdmin dataProvider={dataProvider} authProvider={authProvider}>
      <ResourceContextProvider value="customers">
        <CustomerCreate />
      </ResourceContextProvider>
    </TestAdmin>,
  );
  return { create };
}

describe('customer form', () => {
  it('shows the domain message for an empty name, in Chinese, and does not save', async () => {
    const { create } = renderCreateForm();

    fireEvent.change(await screen.findByLabelText('电话'), { target: { value: '0571-88886666' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(zh.required)).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('shows the domain message for an invalid phone number', async () => {
    const { create } = renderCreateForm();

    fireEvent.change(await screen.findByLabelText(/客户名称/), { target: { value: '杭州三心物流' } });
    fireEvent.change(screen.getByLabelText('电话'), { target: { value: '电话号码：一二三' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(zh.invalidPhone)).toBeInTheDocument();
    expect(screen.queryByText(zh.required)).not.toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });
});
