import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { LeaveRequestForm } from './LeaveRequestForm';
import type { StaffRef } from '../schedulingQueries';
import { signedInAs, TestAdmin } from '../../../test/testAdmin';

const LEADER: StaffRef = { id: 'lead', name: '王建国', jobType: 'PHONE', skillLevel: 5, teamId: 't1', role: 'SHIFT_LEADER' };
const LI: StaffRef = { id: 'li', name: '李婷', jobType: 'PHONE', skillLevel: 2, teamId: 't1', role: 'AGENT' };
const AGENT: StaffRef = { id: 'me', name: '张思远', jobType: 'PHONE', skillLevel: 3, teamId: 't1', role: 'AGENT' };
const MONDAY_10AM = new Date('2026-11-30T02:00:00Z');

function renderForm(me: StaffRef, create = vi.fn(async () => ({ data: { id: 'x' } }))) {
  const authProvider = signedInAs({ id: me.id, fullName: me.name, role: me.role ?? 'AGENT' });
  const schedulingStaff = vi.fn(async (filter: { ids?: string[]; teamId?: string }) => (filter.ids ? [me] : [LEADER, LI, AGENT]));
  const dataProvider = {
    ...testDataProvider(),
    create,
    schedulingStaff,
    shiftTypesWithHeadcount: async () => [],
    holidaysBetween: async () => [],
    settings: async () => [],
    rosterShifts: async () => [],
    swapRequests: async () => [],
    leaveRequestsOf: async () => [],
  };
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <TestAdmin dataProvider={dataProvider as never} authProvider={authProvider}>
      {children}
    </TestAdmin>
  );
  const view = render(
    <Wrapper>
      <LeaveRequestForm now={MONDAY_10AM} />
    </Wrapper>,
  );
  return { create, schedulingStaff, input: (name: string) => view.container.querySelector(`input[name="${name}"]`) as HTMLInputElement };
}

async function pick(label: string, option: RegExp) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('leave request form', () => {
  it('a shift leader files emergency sick leave for a team member, without a certificate, due the working day after', async () => {
    const { create, schedulingStaff, input } = renderForm(LEADER);
    await pick('为谁请假', /李婷/);
    expect(schedulingStaff).toHaveBeenCalledWith({ teamId: 't1', active: true });
    await pick('请假类型', /病假/);
    fireEvent.click(input('emergency'));
    // Thursday and Friday: the certificate is due on Monday.
    fireEvent.change(input('startsAt'), { target: { value: '2026-12-03T00:00' } });
    fireEvent.change(input('endsAt'), { target: { value: '2026-12-05T00:00' } });
    fireEvent.change(screen.getByLabelText(/请假事由/), { target: { value: '电话告知发高烧，去医院输液' } });
    expect(await screen.findByText('紧急病假可先请假，病假证明请于 2026-12-07 前补交')).toBeInTheDocument();
    await screen.findByText('符合请假规定');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith('leaveRequests', {
      data: expect.objectContaining({ staffId: 'li', type: 'SICK', emergency: true, certificateRef: '', reason: '电话告知发高烧，去医院输液' }),
    });
  });

  it('on behalf: other leave types are refused before anything is sent', async () => {
    const { create, input } = renderForm(LEADER);
    await pick('为谁请假', /李婷/);
    await pick('请假类型', /年假/);
    fireEvent.change(input('startsAt'), { target: { value: '2026-12-03T08:00' } });
    fireEvent.change(input('endsAt'), { target: { value: '2026-12-03T20:00' } });
    fireEvent.change(screen.getByLabelText(/请假事由/), { target: { value: '年假' } });
    const alert = await screen.findByRole('alert', { name: '不符合请假规定：' });
    expect(alert).toHaveTextContent('代为请假仅限病假或紧急请假');
    expect(screen.getByRole('button', { name: '提交申请' })).toBeDisabled();
    expect(create).not.toHaveBeenCalled();
  });

  it('an agent has no "on behalf" picker; a request past its deadline is a warning, not a refusal', async () => {
    const { create, input } = renderForm(AGENT);
    await pick('请假类型', /事假/);
    fireEvent.change(input('startsAt'), { target: { value: '2026-11-30T14:00' } });
    fireEvent.change(input('endsAt'), { target: { value: '2026-11-30T18:00' } });
    fireEvent.change(screen.getByLabelText(/请假事由/), { target: { value: '孩子学校临时通知家长会' } });
    const late = await screen.findByTestId('leave-late');
    expect(late).toHaveTextContent('已过申请期限');
    expect(late).toHaveTextContent('事假须提前一天申请');
    expect(screen.queryByRole('combobox', { name: '为谁请假' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith('leaveRequests', { data: expect.not.objectContaining({ staffId: expect.anything() }) });
  });
});
