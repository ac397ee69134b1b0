import { domainMessages } from '@sanxin/domain';
import { fireEvent, render, screen } from '@testing-library/react';
import { ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { ContractCreate } from './ContractCreate';
import { signedInAs, TestAdmin } from '../../test/testAdmin';

const zh = domainMessages['zh-CN'].validation;

const authProvider = signedInAs({ id: 's1', fullName: '张思远', role: 'AGENT' });

function renderCreateForm() {
  const create = vi.fn(async (_resource: string, { data }: { data: object }) => ({ data: { id: 'k1', ...data } }));
  const dataProvider = testDataProvider({
    getList: async () => ({ data: [], total: 0 }) as never,
    getMany: async () => ({ data: [] }) as never,
    create: create as never,
  });
  render(
    <TestAdmin dataProvider={dataProvider} authProvider={authProvider}>
      <ResourceContextProvider value="contracts">
        <ContractCreate />
      </ResourceContextProvider>
    </TestAdmin>,
  );
  return { create };
}

describe('contract form', () => {
  it('checks dates and the amount with the domain rule, in Chinese, and does not save', async () => {
    const { create } = renderCreateForm();

    fireEvent.change(await screen.findByLabelText(/合同编号/), { target: { value: 'HT-2026-0200' } });
    fireEvent.change(screen.getByLabelText(/合同名称/), { target: { value: '年度维保' } });
    fireEvent.change(screen.getByLabelText(/开始日期/), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText(/结束日期/), { target: { value: '2026-05-31' } });
    fireEvent.change(screen.getByLabelText(/合同金额/), { target: { value: '-100' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(zh.beforeStartDate)).toBeInTheDocument();
    expect(screen.getByText(zh.negative)).toBeInTheDocument();
    expect(screen.getByText(zh.required)).toBeInTheDocument(); // the customer
    expect(create).not.toHaveBeenCalled();
  });
});
