import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpError, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import complaints from '../../complaints';
import { HandoverLogForm } from './HandoverLogForm';
import { signedInAs, TestAdmin } from '../../../test/testAdmin';

const authProvider = signedInAs({ id: 'lead', fullName: '王班长', role: 'SHIFT_LEADER' });

const DAY = { id: 's1', date: '2026-11-24', startsAt: '2026-11-24T00:00:00Z', endsAt: '2026-11-24T12:00:00Z', shiftTypeId: 'day', teamId: 't1', team: { id: 't1', name: '热线一班' }, assignments: [], coverage: [] };
const OPEN = [
  { id: 'c1', number: 'TS-20261124-0007', description: '冷链配送延误导致货物变质', escalationLevel: 'NONE' },
  { id: 'c2', number: 'TS-20261123-0042', description: '客户多次来电要求赔偿', escalationLevel: 'DEPT_MANAGER' },
];

function renderForm(create: (resource: string, params: { data: Record<string, unknown> }) => Promise<unknown>) {
  const getList = vi.fn(async (_resource: string, params: { filter: { q?: string } }) => {
    const q = params.filter.q ?? '';
    const data = OPEN.filter((c) => c.number.includes(q) || c.description.includes(q));
    return { data, total: data.length };
  });
  const dataProvider = {
    ...testDataProvider(),
    getList,
    create,
    schedulingStaff: async () => [{ id: 'lead', name: '王班长', teamId: 't1' }],
    shiftTypesWithHeadcount: async () => [{ id: 'day', version: 1, name: '白班', kind: 'DAY', days: 'EVERY_DAY', startMinute: 480, endMinute: 1200, minHeadcount: [] }],
    rosterShifts: async () => [DAY],
  };
  render(
    <TestAdmin dataProvider={dataProvider as never} authProvider={authProvider}>
      <HandoverLogForm />
    </TestAdmin>,
  );
  return { getList };
}

async function fill() {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: /交班班次/ }));
  fireEvent.click(await screen.findByRole('option', { name: /白班/ }));
  fireEvent.change(screen.getByRole('textbox', { name: /设备状态/ }), { target: { value: '3 号坐席耳麦故障' } });
  const cases = screen.getByRole('combobox', { name: /未结疑难投诉/ });
  fireEvent.change(cases, { target: { value: '0042' } });
  fireEvent.click(await screen.findByRole('option', { name: /TS-20261123-0042/ }));
}

describe('handover form', () => {
  it('picks open difficult complaints by number from a search, and sends their ids', async () => {
    const create = vi.fn(async () => ({ data: { id: 'h1' } }));
    const { getList } = renderForm(create);
    await fill();
    await waitFor(() => expect(getList).toHaveBeenCalledWith('complaints', expect.objectContaining({ filter: { open: true, q: '0042' } })));
    expect(screen.getByRole('button', { name: /TS-20261123-0042/ })).toBeInTheDocument(); // the chosen case, as a chip
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith('handoverLogs', { data: expect.objectContaining({ shiftId: 's1', openCaseIds: ['c2'] }) }));
  });

  it('marks the field a server validation error names, with the server’s message', async () => {
    const create = vi.fn(async () => {
      throw new HttpError('sanxin.errors.BAD_USER_INPUT', 400, { code: 'BAD_USER_INPUT', errors: { openCaseIds: '投诉已结案，不能列为未结疑难投诉' } });
    });
    renderForm(create);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const cases = await screen.findByRole('combobox', { name: /未结疑难投诉/ });
    await waitFor(() => expect(cases).toHaveAttribute('aria-invalid', 'true'));
    const group = cases.closest('.MuiFormControl-root') as HTMLElement;
    expect(within(group).getByText('投诉已结案，不能列为未结疑难投诉')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /设备状态/ })).toHaveAttribute('aria-invalid', 'false');
  });
});

describe('complaint titles', () => {
  it('lead with the complaint number', () => {
    expect(complaints.recordRepresentation({ number: 'TS-20261201-0042', description: '冷柜三天不制冷，货物损失严重需要赔偿' })).toBe('TS-20261201-0042 冷柜三天不制冷，货物损失严重需要赔偿');
  });
});
