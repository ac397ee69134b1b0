import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../workflow/money';
import { AmountField, ContractStatusChip } from './ContractFields';
import { ContractList } from './ContractList';
import { ContractWorkflowButtons, renewalDefaults } from './ContractWorkflowButtons';
import { signedInAs, TestAdmin } from '../../test/testAdmin';

const authProvider = signedInAs({ id: 's1', fullName: '林慧敏', role: 'DEPT_MANAGER' });

const contract = {
  id: 'k1',
  version: 4,
  number: 'HT-2026-001',
  title: '年度维保',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  status: 'ACTIVE',
  amount: '12800.00',
  amountHidden: false,
};

function renderWith(record: Record<string, unknown>, workflow = vi.fn(async () => ({ ...record, version: 5 }))) {
  const dataProvider = { ...testDataProvider(), workflow };
  render(
    <TestAdmin dataProvider={dataProvider} authProvider={authProvider}>
      <ResourceContextProvider value="contracts">
        <RecordContextProvider value={record}>
          <ContractWorkflowButtons />
          <ContractStatusChip />
          <AmountField />
        </RecordContextProvider>
      </ResourceContextProvider>
    </TestAdmin>,
  );
  return { workflow };
}

describe('contract workflow buttons', () => {
  it('offers exactly the steps the API lists in availableActions', () => {
    renderWith({ ...contract, availableActions: ['TERMINATE', 'RENEW'] });
    expect(screen.getByRole('button', { name: '终止' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '续签' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '生效' })).not.toBeInTheDocument();
  });

  it('offers nothing when the viewer may take no step (or the API sends one it does not know)', () => {
    renderWith({ ...contract, status: 'TERMINATED', availableActions: ['ARCHIVE'] });
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('terminates with a reason and the version that was read', async () => {
    const { workflow } = renderWith({ ...contract, availableActions: ['TERMINATE', 'RENEW'] });
    fireEvent.click(screen.getByRole('button', { name: '终止' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: '确认' });
    expect(confirm).toBeDisabled(); // a termination needs its reason
    fireEvent.change(within(dialog).getByLabelText(/终止原因/), { target: { value: '客户经营范围调整' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('terminateContract', { id: 'k1', version: 4, input: { reason: '客户经营范围调整' } }));
  });

  it('renews for the next term by default and checks the dates with the domain rule', async () => {
    const { workflow } = renderWith({ ...contract, availableActions: ['RENEW'] });
    fireEvent.click(screen.getByRole('button', { name: '续签' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/新合同开始日期/)).toHaveValue('2027-01-01');
    expect(within(dialog).getByLabelText(/新合同结束日期/)).toHaveValue('2027-12-31');

    fireEvent.change(within(dialog).getByLabelText(/新合同结束日期/), { target: { value: '2026-06-30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(await within(dialog).findByText('不能早于开始日期')).toBeInTheDocument();
    expect(workflow).not.toHaveBeenCalled();
  });
});

describe('contract fields', () => {
  it('colours the chip by effective status and formats the amount, or says it is hidden', () => {
    renderWith({ ...contract, status: 'EXPIRING', availableActions: [] });
    expect(screen.getByText('即将到期').closest('.MuiChip-root')).toHaveClass('MuiChip-colorWarning');
    expect(screen.getByText('¥12,800.00')).toBeInTheDocument();
  });

  it('shows （无权查看） instead of an amount the viewer may not see', () => {
    renderWith({ ...contract, amount: null, amountHidden: true, availableActions: [] });
    expect(screen.getByText('（无权查看）')).toBeInTheDocument();
  });

  it('formats exact decimal strings without floating point', () => {
    expect(formatMoney('12800.00')).toBe('¥12,800.00');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('999999999999.99')).toBe('¥999,999,999,999.99');
    expect(formatMoney('1234.5')).toBe('¥1,234.50');
    expect(formatMoney(null)).toBe('');
  });

  it('proposes a renewal of as many days as the current term, starting the day after it ends', () => {
    expect(renewalDefaults({ id: 'k', startDate: '2026-01-01', endDate: '2026-12-31' })).toEqual({ startDate: '2027-01-01', endDate: '2027-12-31' });
    expect(renewalDefaults({ id: 'k', startDate: '2026-03-01', endDate: '2026-03-30' })).toEqual({ startDate: '2026-03-31', endDate: '2026-04-29' });
    expect(renewalDefaults({ id: 'k', startDate: '', endDate: '2026-03-30' })).toEqual({ startDate: '', endDate: '' });
  });
});

describe('contract list', () => {
  it('opens on running contracts (active and expiring), soonest end date first', async () => {
    const getList = vi.fn(async () => ({ data: [], total: 0 }));
    const dataProvider = { ...testDataProvider(), getList, settings: async () => [] };
    render(
      <TestAdmin dataProvider={dataProvider} authProvider={authProvider}>
        <ResourceContextProvider value="contracts">
          <ContractList />
        </ResourceContextProvider>
      </TestAdmin>,
    );
    await waitFor(() => expect(getList).toHaveBeenCalled());
    expect(getList.mock.calls[0]).toMatchObject(['contracts', { filter: { status: ['ACTIVE', 'EXPIRING'] }, sort: { field: 'endDate', order: 'ASC' } }]);
  });
});
