import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { PartReplacementStepButtons } from './PartReplacementStepButtons';

const replacement = { id: 'p1', version: 2, partName: '压缩机', quantity: 2, warrantyCovered: false };

function renderWith(record: Record<string, unknown>, saved: { key: string; value: number; version: number }[] = []) {
  const workflow = vi.fn(async () => ({ ...record, version: 3 }));
  const settings = vi.fn(async () => saved);
  render(
    <AdminContext dataProvider={{ ...testDataProvider(), workflow, settings }} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="partReplacements">
        <RecordContextProvider value={record}>
          <PartReplacementStepButtons />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { workflow };
}

describe('part replacement steps', () => {
  it('offers the customer answer, both ways, once quoted', () => {
    renderWith({ ...replacement, status: 'QUOTED', availableActions: ['RECORD_DECISION'] });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['客户接受', '客户拒绝']);
  });

  it('records a refusal as a decision with accepted false', async () => {
    const { workflow } = renderWith({ ...replacement, status: 'QUOTED', availableActions: ['RECORD_DECISION'] });
    fireEvent.click(screen.getByRole('button', { name: '客户拒绝' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/客户答复说明/), { target: { value: '价格太高' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('recordPartReplacementDecision', { id: 'p1', version: 2, input: { accepted: false, note: '价格太高' } }));
  });

  it('checks the quoted price with the domain rule before sending it', async () => {
    const { workflow } = renderWith({ ...replacement, status: 'FORWARDED', availableActions: ['QUOTE'] });
    fireEvent.click(screen.getByRole('button', { name: '报价' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/单价/), { target: { value: '-5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(await within(dialog).findByText(/不能为负数|须为数字/)).toBeInTheDocument();
    expect(workflow).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/单价/), { target: { value: '380.00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('quotePartReplacement', { id: 'p1', version: 2, input: { unitPrice: '380.00' } }));
  });

  it('forwards a paid replacement only to the business departments the settings name', async () => {
    const paid = [
      { key: 'contract.paidDept.SALES', value: 1, version: 1 },
      { key: 'contract.paidDept.MARKETING', value: 1, version: 1 },
    ];
    const { workflow } = renderWith({ ...replacement, status: 'REQUESTED', availableActions: ['FORWARD'] }, paid);
    await new Promise((resolve) => setTimeout(resolve, 50));
    fireEvent.click(screen.getByRole('button', { name: /转交/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['销售部', '市场']);
    fireEvent.click(screen.getByRole('option', { name: '市场' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('forwardPartReplacement', { id: 'p1', version: 2, input: { department: 'MARKETING' } }));
  });
});
