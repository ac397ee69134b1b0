import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { COMPLAINT_STATUSES, COMPLAINT_STEPS, nextActions, type Role, stepsOf } from '@sanxin/domain';
import { AdminContext, HttpError, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { groupByEscalation } from './OverdueBoard';
import { inboxCount } from './useInbox';
import { i18nProvider } from '../../i18n/i18nProvider';
import { ComplaintActions } from './ComplaintActions';
import { PriorityChip } from './ComplaintFields';
import { actionButtons } from './complaintActions';
import { remainingTime, slaBadges } from './sla';
import { SlaBadges } from './SlaBadges';

const complaint = {
  id: 'q1',
  version: 4,
  status: 'INVESTIGATING',
  customer: { id: 'c1', name: '杭州冷链' },
  slaState: 'ON_TIME',
  escalationLevel: 'NONE',
  closedAt: null,
};

function renderInAdmin(
  children: React.ReactNode,
  record: Record<string, unknown>,
  workflow = vi.fn(async () => ({ ...record, version: Number(record.version) + 1 })),
) {
  render(
    <AdminContext dataProvider={{ ...testDataProvider(), workflow }} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="complaints">
        <RecordContextProvider value={record}>{children}</RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { workflow };
}

describe('SLA badges', () => {
  it('maps the API state to a coloured badge', () => {
    expect(slaBadges({ slaState: 'ON_TIME' })).toEqual([{ label: 'sanxin.enums.slaState.ON_TIME', color: 'success', code: 'ON_TIME' }]);
    expect(slaBadges({ slaState: 'DUE_SOON' })[0]).toMatchObject({ color: 'warning', code: 'DUE_SOON' });
    expect(slaBadges({ slaState: 'OVERDUE' })[0]).toMatchObject({ color: 'error', code: 'OVERDUE' });
  });

  it('adds the escalation level: the shift leader (1), the manager (2)', () => {
    expect(slaBadges({ slaState: 'OVERDUE', escalationLevel: 'SHIFT_LEADER' }).map((badge) => badge.code)).toEqual(['OVERDUE', 'ESCALATED_1']);
    expect(slaBadges({ slaState: 'OVERDUE', escalationLevel: 'DEPT_MANAGER' }).map((badge) => badge.code)).toEqual(['OVERDUE', 'ESCALATED_2']);
    expect(slaBadges({ slaState: 'ON_TIME', escalationLevel: 'NONE' }).map((badge) => badge.code)).toEqual(['ON_TIME']);
  });

  it('shows only the verdict for a closed complaint', () => {
    expect(slaBadges({ slaState: 'OVERDUE', escalationLevel: 'DEPT_MANAGER', closedAt: '2026-03-01T08:00:00Z' }).map((badge) => badge.code)).toEqual(['OVERDUE']);
    expect(slaBadges({ slaState: null })).toEqual([]);
  });

  it('says the remaining or overdue business time in hours and minutes', () => {
    expect(remainingTime(200)).toEqual({ key: 'app.complaint.sla.remaining', hours: 3, minutes: 20 });
    expect(remainingTime(-65)).toEqual({ key: 'app.complaint.sla.overdueBy', hours: 1, minutes: 5 });
    expect(remainingTime(null)).toBeNull();
  });

  it('renders the badges in Chinese', async () => {
    renderInAdmin(<SlaBadges withRemaining />, { ...complaint, slaState: 'OVERDUE', escalationLevel: 'DEPT_MANAGER', remainingBusinessMinutes: -90 });
    expect(await screen.findByText('已超时')).toBeInTheDocument();
    expect(screen.getByText('已升级·主任')).toBeInTheDocument();
    expect(screen.getByText(/已超时 1 小时 30 分/)).toBeInTheDocument();
  });
});

describe('actions → buttons', () => {
  const buttons = () => screen.queryAllByRole('button').map((button) => button.textContent);

  it('shows exactly the steps the API allows this viewer, in workflow order', async () => {
    renderInAdmin(<ComplaintActions />, { ...complaint, status: 'PROPOSED', availableActions: ['RETURN_RESOLUTION', 'APPROVE_RESOLUTION'] });
    await waitFor(() => expect(buttons()).toEqual(['批准方案', '退回方案']));
  });

  it('shows nothing when the viewer may take no step (the owner while the manager decides)', () => {
    renderInAdmin(<ComplaintActions />, { ...complaint, status: 'PROPOSED', availableActions: [] });
    expect(buttons()).toEqual([]);
  });

  it('agrees with the domain machine for every status and role', () => {
    const roles: Role[] = ['AGENT', 'SHIFT_LEADER', 'DEPT_MANAGER'];
    for (const status of COMPLAINT_STATUSES)
      for (const role of roles)
        for (const isOwner of [true, false]) {
          const allowed = nextActions(status, role, { isOwner });
          expect(actionButtons(stepsOf(COMPLAINT_STEPS, allowed), undefined)).toEqual(allowed);
        }
    // While the manager decides, the owner may only put an alternative beside the waiting proposal.
    expect(actionButtons(stepsOf(COMPLAINT_STEPS, nextActions('PROPOSED', 'AGENT', { isOwner: true })), undefined)).toEqual(['propose']);
    expect(actionButtons(stepsOf(COMPLAINT_STEPS, nextActions('PROPOSED', 'DEPT_MANAGER', {})), undefined)).toEqual(['propose', 'approve', 'return']);
  });

  it('offers completing implementation only while a department task is open', () => {
    expect(actionButtons(['COMPLETE_IMPLEMENTATION_TASK'], [{ id: 't1', department: 'WAREHOUSE', status: 'DONE' }])).toEqual([]);
    expect(actionButtons(['COMPLETE_IMPLEMENTATION_TASK'], [{ id: 't1', department: 'WAREHOUSE', status: 'OPEN' }])).toEqual(['completeImplementation']);
  });

  it('sends the return reason with the version the page was loaded with', async () => {
    const { workflow } = renderInAdmin(<ComplaintActions />, { ...complaint, status: 'PROPOSED', availableActions: ['APPROVE_RESOLUTION', 'RETURN_RESOLUTION'] });
    fireEvent.click(await screen.findByRole('button', { name: '退回方案' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: '确认' })).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/退回原因/), { target: { value: '金额偏高，请改为维修' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('returnResolution', { id: 'q1', version: 4, input: { note: '金额偏高，请改为维修' } }));
  });

  it('checks a proposal with the domain rule before sending it', async () => {
    const { workflow } = renderInAdmin(<ComplaintActions />, { ...complaint, availableActions: ['PROPOSE_RESOLUTION'] });
    fireEvent.click(await screen.findByRole('button', { name: '提出方案' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /方案类型/ }));
    fireEvent.click(await screen.findByRole('option', { name: '换货' }));
    for (const [label, value] of [
      [/方案内容/, '换货'],
      [/客户关系/, '长期客户'],
      [/口碑影响/, '一般'],
      [/诉求合理性/, '合理'],
      [/公司责任比例/, '150'],
    ] as const)
      fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(await within(dialog).findByText(/0 到 100/)).toBeInTheDocument();
    expect(workflow).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/公司责任比例/), { target: { value: '80' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() =>
      expect(workflow).toHaveBeenCalledWith('proposeResolution', {
        id: 'q1',
        version: 4,
        input: {
          type: 'REPLACEMENT',
          amount: '0',
          description: '换货',
          relationship: '长期客户',
          wordOfMouth: '一般',
          reasonableness: '合理',
          companyFaultPercent: 80,
        },
      }),
    );
  });

  it('keeps the dialog and what was typed when someone else changed the complaint first', async () => {
    const workflow = vi.fn(async () => {
      throw new HttpError('sanxin.errors.CONFLICT', 409);
    });
    renderInAdmin(<ComplaintActions />, { ...complaint, status: 'APPROVED', availableActions: ['RECORD_CUSTOMER_DECISION'] }, workflow);
    fireEvent.click(await screen.findByRole('button', { name: '客户不接受' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/客户不接受的原因/), { target: { value: '要求退款' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('recordCustomerDecision', { id: 'q1', version: 4, input: { accepted: false, note: '要求退款' } }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).getByLabelText(/客户不接受的原因/)).toHaveValue('要求退款');
  });
});

describe('priority', () => {
  it('says 普通 on the complaint page rather than leaving the field blank', async () => {
    renderInAdmin(<PriorityChip showNormal />, { ...complaint, priority: 'NORMAL' });
    expect(await screen.findByText('普通')).toBeInTheDocument();
  });

  it('shows a chip only for raised priorities in lists', async () => {
    renderInAdmin(
      <>
        <PriorityChip />
        <RecordContextProvider value={{ ...complaint, priority: 'URGENT' }}>
          <PriorityChip />
        </RecordContextProvider>
      </>,
      { ...complaint, priority: 'NORMAL' },
    );
    expect(await screen.findByText('紧急')).toBeInTheDocument();
    expect(screen.queryByText('普通')).toBeNull();
  });
});

describe('inbox and overdue board helpers', () => {
  it('counts approvals, escalations still waiting for an opinion, urged and transferred complaints', () => {
    expect(
      inboxCount({
        approvals: [{ id: 'a' }],
        escalations: [
          { id: 'e1', opinion: null, complaint: null },
          { id: 'e2', opinion: '已协调', complaint: null },
        ],
        urged: [{ id: 'u' }, { id: 'v' }],
        reassigned: [{ id: 'r' }],
      }),
    ).toBe(5);
    expect(inboxCount(undefined)).toBe(0);
  });

  it('groups overdue complaints manager first, then shift leader, then not escalated', () => {
    const groups = groupByEscalation([
      { id: 'a', escalationLevel: 'NONE' },
      { id: 'b', escalationLevel: 'DEPT_MANAGER' },
      { id: 'c', escalationLevel: 'SHIFT_LEADER' },
      { id: 'd', escalationLevel: 'DEPT_MANAGER' },
    ]);
    expect(groups.map(({ level, complaints }) => [level, complaints.map((c) => c.id)])).toEqual([
      [2, ['b', 'd']],
      [1, ['c']],
      [0, ['a']],
    ]);
  });
});

describe('timeline notes', () => {
  it('names the department of a completed task by its label', async () => {
    const { noteOf } = await import('./ComplaintDetailSections');
    const translate = (key: string) => (key === 'sanxin.enums.department.WAREHOUSE' ? '仓管/发货' : key);
    expect(noteOf({ id: '1', step: 'completeTask', note: 'WAREHOUSE: 已送达' }, translate)).toBe('仓管/发货：已送达');
    expect(noteOf({ id: '2', step: 'completeTask', note: 'WAREHOUSE' }, translate)).toBe('仓管/发货');
    expect(noteOf({ id: '3', step: 'propose', note: 'ABC: x' }, translate)).toBe('ABC: x');
  });
});
