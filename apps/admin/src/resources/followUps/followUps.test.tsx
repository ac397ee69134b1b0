import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { atLocalTime, localDate, type Role } from '@sanxin/domain';
import { HttpError, RecordContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { signedInAs, TestAdmin } from '../../test/testAdmin';
import { CoveragePage, periodKey } from './CoveragePage';
import { FollowUpCallScreen } from './FollowUpCallScreen';
import { FollowUpAttentionPage, FollowUpQueue } from './FollowUpQueue';
import type { FollowUpCall, FollowUpCoverageView, FollowUpRow } from './followUpQueries';

const ZONE = 'Asia/Shanghai';
/** Today at a wall-clock time in business time: the badge writes a time of today without its date. */
const todayAt = (minute: number) => atLocalTime(localDate(new Date(), ZONE), minute, ZONE).toISOString();


const row = (id: string, name: string, extra: Partial<FollowUpRow> = {}): FollowUpRow => ({
  id,
  version: 1,
  status: 'OPEN',
  trigger: 'COMPLAINT',
  dueAt: '2026-12-12T02:00:00.000Z',
  nextAttemptAt: null,
  appointmentAt: null,
  attemptCount: 0,
  overdue: false,
  availableActions: ['RECORD_ATTEMPT'],
  sourceId: 'q1',
  satisfaction: null,
  score: null,
  callWindow: { callable: true, nextAt: null },
  customer: { id: `c-${id}`, name, tier: 'A' },
  assignee: { id: 'u1', name: '李晓梅' },
  lastAttempt: null,
  ...extra,
});

function renderWith(role: Role, methods: Record<string, unknown>, ui: React.ReactNode) {
  const base = testDataProvider({ getList: async () => ({ data: [], total: 0 }) } as never);
  render(
    <TestAdmin authProvider={signedInAs({ id: 'u1', fullName: '李晓梅', role })} dataProvider={{ ...base, ...methods }}>
      {ui}
    </TestAdmin>,
  );
}

describe('我的回访 (the queue)', { timeout: 30_000 }, () => {
  const rows = [
    row('f1', '上海宏达机械有限公司', { overdue: true, lastAttempt: { id: 'a1', outcome: 'NO_ANSWER', at: '2026-12-08T02:00:00.000Z' }, status: 'IN_PROGRESS', attemptCount: 1 }),
    row('f2', '杭州明远物流有限公司', { callWindow: { callable: false, nextAt: todayAt(14 * 60) } }),
    row('f3', '苏州华盛精密制造厂', { trigger: 'PERIODIC_CARE' }),
  ];

  it('lists my open follow-ups due first, with the call-window badge, the overdue mark and the last call', async () => {
    const followUpQueue = vi.fn(async () => ({ items: rows, total: 3 }));
    renderWith('AGENT', { followUpQueue }, <FollowUpQueue />);
    const list = await screen.findByRole('list', { name: '我的回访' });
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.querySelector('span')?.textContent)).toEqual(['上海宏达机械有限公司', '杭州明远物流有限公司', '苏州华盛精密制造厂']);
    expect(within(items[0]).getByText('能呼叫')).toBeInTheDocument();
    expect(within(items[0]).getByText('已超期')).toBeInTheDocument();
    expect(within(items[0]).getByText(/无人接听/)).toBeInTheDocument();
    expect(within(items[1]).getByText('14:00 后可呼叫')).toBeInTheDocument();
    expect(within(items[1]).getByText('尚未拨打')).toBeInTheDocument();
    expect(followUpQueue).toHaveBeenCalledWith({ mine: true, status: ['OPEN', 'IN_PROGRESS'] }, 100);
    // An agent has no team view.
    expect(screen.queryByLabelText('只看我的')).not.toBeInTheDocument();
  });

  it('moves with j/k and the arrows, and opens the selected follow-up with Enter', async () => {
    renderWith('AGENT', { followUpQueue: async () => ({ items: rows, total: 3 }) }, <FollowUpQueue />);
    const list = await screen.findByRole('list', { name: '我的回访' });
    const current = () => within(list).getAllByRole('button').findIndex((item) => item.getAttribute('aria-current') === 'true');
    expect(current()).toBe(0);
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(current()).toBe(2);
    fireEvent.keyDown(window, { key: 'j' });
    expect(current()).toBe(2);
    fireEvent.keyDown(window, { key: 'k' });
    expect(current()).toBe(1);
    fireEvent.keyDown(window, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/followUps/f2/show'));
  });

  it('filters by overdue; a leader may widen it to the team', async () => {
    const followUpQueue = vi.fn(async () => ({ items: rows, total: 3 }));
    renderWith('SHIFT_LEADER', { followUpQueue }, <FollowUpQueue />);
    await screen.findByRole('list', { name: '我的回访' });
    fireEvent.click(screen.getByLabelText('只看超期'));
    await waitFor(() => expect(followUpQueue).toHaveBeenLastCalledWith({ mine: true, status: ['OPEN', 'IN_PROGRESS'], overdue: true }, 100));
    fireEvent.click(screen.getByLabelText('只看我的'));
    await waitFor(() => expect(followUpQueue).toHaveBeenLastCalledWith({ status: ['OPEN', 'IN_PROGRESS'], overdue: true }, 100));
  });
});

describe('the leader’s unreachable and overdue screen', { timeout: 30_000 }, () => {
  it('offers the steps the API lists, and sends an unreachable follow-up back with a reason', async () => {
    const unreachable = row('f7', '南京金陵食品有限公司', { status: 'UNREACHABLE', availableActions: ['RETRY', 'REASSIGN', 'CANCEL'], attemptCount: 3, assignee: { id: 'u2', name: '张伟' } });
    const followUpQueue = vi.fn(async (filter: { status?: string[] }) => (filter.status?.includes('UNREACHABLE') ? { items: [unreachable], total: 1 } : { items: [], total: 0 }));
    const workflow = vi.fn(async () => ({}));
    renderWith('SHIFT_LEADER', { followUpQueue, workflow }, <FollowUpAttentionPage />);
    await screen.findByText('南京金陵食品有限公司');
    expect(screen.getByText('张伟')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '转派' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '取消' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '重新回访' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(dialog.querySelector('textarea') as HTMLElement, { target: { value: '客户白天上班，改晚上七点后联系' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('retryFollowUp', { id: 'f7', version: 1, input: { reason: '客户白天上班，改晚上七点后联系' } }));
    // Reloaded after the step.
    await waitFor(() => expect(followUpQueue.mock.calls.length).toBeGreaterThan(2));
  });
});

const call = (extra: Partial<FollowUpCall> = {}): FollowUpCall => ({
  ...row('f1', '上海宏达机械有限公司'),
  status: 'IN_PROGRESS',
  suggestions: null,
  improvement: null,
  unsatisfiedAction: null,
  serious: false,
  note: null,
  reachedAt: null,
  completedAt: null,
  customer: { id: 'c1', name: '上海宏达机械有限公司', kind: 'COMPANY', company: null, phone: '139****5678', email: null, address: '上海市浦东新区张江路 88 号', tier: 'A', piiMasked: true, owner: { id: 'u1', name: '李晓梅' } },
  contact: { id: 'k1', name: '王建国', phone: '138****0000', position: '设备科长' },
  attempts: [{ id: 'a1', at: '2026-12-08T02:00:00.000Z', outcome: 'NO_ANSWER', appointmentAt: null, identityVerified: false, note: '响铃无人接', actor: { id: 'u1', name: '李晓梅' } }],
  callScript: { id: 'r1', name: '投诉回访话术', steps: [{ kind: 'GREETING', branch: 'ALL', text: '您好，请问是{称呼}吗？我是客服中心的{客服姓名}。' }], phrases: [] },
  ...extra,
});

function renderCall(followUp: FollowUpCall, workflow = vi.fn(async () => ({}))) {
  const followUpCall = vi.fn(async () => followUp);
  renderWith(
    'AGENT',
    { followUpCall, workflow },
    <RecordContextProvider value={{ id: followUp.id }}>
      <FollowUpCallScreen />
    </RecordContextProvider>,
  );
  return { workflow, followUpCall };
}

describe('the call screen (回访通话)', { timeout: 30_000 }, () => {
  it('shows the customer as the server masked them, the source complaint and the calls so far', async () => {
    renderCall(call());
    const card = await screen.findByRole('region', { name: '客户' });
    expect(within(card).getByText('139****5678')).toBeInTheDocument();
    expect(within(card).getByText('已按权限隐藏部分信息')).toBeInTheDocument();
    expect(within(card).getByText(/王建国 · 设备科长/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看投诉' })).toHaveAttribute('href', '#/complaints/q1/show');
    expect(within(screen.getByRole('region', { name: '通话记录' })).getByText(/无人接听/)).toBeInTheDocument();
    // The script addresses the contact by surname and names the agent signed in.
    expect(within(screen.getByRole('complementary', { name: '通话话术' })).getByText('您好，请问是王先生/女士吗？我是客服中心的李晓梅。')).toBeInTheDocument();
    // Only the steps the API offers: no result form before the customer is reached.
    expect(screen.queryByRole('region', { name: '回访结果' })).not.toBeInTheDocument();
  });

  it('records an attempt picked with its hot key; an agreed call-back needs its time', async () => {
    const { workflow } = renderCall(call());
    await screen.findByRole('region', { name: '记录本次通话' });
    fireEvent.keyDown(window, { key: '3' });
    expect(screen.getByRole('button', { name: /占线/ })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByLabelText('已核实身份'));
    fireEvent.click(screen.getAllByRole('button', { name: '记录本次通话' }).at(-1) as HTMLElement);
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('recordFollowUpAttempt', { id: 'f1', version: 1, input: { outcome: 'BUSY', identityVerified: true } }));

    fireEvent.click(screen.getByRole('button', { name: /约定时间再联系/ }));
    fireEvent.click(screen.getAllByRole('button', { name: '记录本次通话' }).at(-1) as HTMLElement);
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(workflow).toHaveBeenCalledTimes(1);
  });

  it('says in Chinese when the customer may not be called, and from when', async () => {
    const refused = new HttpError('The customer may not be called now (休息时间)', 500, { code: 'RULE_VIOLATION', fields: [{ path: 'at', code: 'quietHours', params: { nextAt: todayAt(14 * 60) } }] });
    renderCall(call(), vi.fn(async () => Promise.reject(refused)));
    await screen.findByRole('region', { name: '记录本次通话' });
    fireEvent.click(screen.getByRole('button', { name: /已接通/ }));
    fireEvent.click(screen.getAllByRole('button', { name: '记录本次通话' }).at(-1) as HTMLElement);
    expect(await screen.findAllByText('客户休息时间不能打扰，请在 14:00 之后再联系')).not.toHaveLength(0);
  });

  it('checks the result with the domain rule: 不满意 asks what to improve and what follows, reopening only for a complaint', async () => {
    const { workflow } = renderCall(call({ availableActions: ['RECORD_ATTEMPT', 'COMPLETE'], reachedAt: '2026-12-09T02:00:00.000Z' }));
    const form = await screen.findByRole('region', { name: '回访结果' });
    fireEvent.click(within(form).getByLabelText('不满意'));
    fireEvent.click(within(form).getByRole('button', { name: '完成回访' }));
    expect(await within(form).findAllByText('必填')).toHaveLength(3); // score, improvement, what follows
    expect(workflow).not.toHaveBeenCalled();
    expect(within(form).getByLabelText('重新处理投诉')).toBeInTheDocument();
    fireEvent.change(form.querySelector('textarea[name="improvement"]') as HTMLElement, { target: { value: '维修师傅上门太晚，希望 24 小时内到场' } });
    fireEvent.click(within(form).getByLabelText('重新处理投诉'));
    fireEvent.mouseDown(within(form).getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: '2' }));
    fireEvent.click(within(form).getByRole('button', { name: '完成回访' }));
    await waitFor(() =>
      expect(workflow).toHaveBeenCalledWith('completeFollowUp', {
        id: 'f1',
        version: 1,
        input: { satisfaction: 'UNSATISFIED', score: 2, suggestions: null, improvement: '维修师傅上门太晚，希望 24 小时内到场', unsatisfiedAction: 'REOPEN_COMPLAINT', serious: false },
      }),
    );
  });

  it('offers no complaint to reopen on a periodic-care call', async () => {
    renderCall(call({ trigger: 'PERIODIC_CARE', sourceId: 'c1', availableActions: ['COMPLETE'], reachedAt: '2026-12-09T02:00:00.000Z' }));
    const form = await screen.findByRole('region', { name: '回访结果' });
    fireEvent.click(within(form).getByLabelText('不满意'));
    expect(within(form).queryByLabelText('重新处理投诉')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('登记新投诉')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '查看投诉' })).not.toBeInTheDocument();
  });
});

describe('key-customer coverage (重点客户回访覆盖)', { timeout: 30_000 }, () => {
  const coverage: FollowUpCoverageView = {
    period: '2026-12',
    periodStart: '2026-12-01',
    periodEnd: '2026-12-31',
    total: 3,
    covered: 1,
    percent: 33.3,
    gapCount: 2,
    gaps: [
      { customer: { id: 'c2', name: '杭州明远物流有限公司', tier: 'A', owner: { id: 'u1', name: '李晓梅' } }, openFollowUp: null },
      { customer: { id: 'c3', name: '苏州华盛精密制造厂', tier: 'A', owner: { id: 'u1', name: '李晓梅' } }, openFollowUp: { id: 'f9', status: 'OPEN', dueAt: '2026-12-12T02:00:00.000Z', assignee: { id: 'u2', name: '张伟' } } },
    ],
  };

  it('reads a month or its quarter', () => {
    expect(periodKey('2026-12', false)).toBe('2026-12');
    expect(periodKey('2026-12', true)).toBe('2026-Q4');
    expect(periodKey('2026-04', true)).toBe('2026-Q2');
  });

  it('shows the share covered and the gaps, and assigns the selected gaps to agents', async () => {
    const followUpCoverage = vi.fn(async (_period: string) => coverage);
    const assignFollowUpCoverageGaps = vi.fn(async () => ({ created: 1, alreadyPlanned: 0 }));
    const getList = vi.fn(async (resource: string) => (resource === 'staffMembers' ? { data: [{ id: 'u1', name: '李晓梅' }, { id: 'u2', name: '张伟' }], total: 2 } : { data: [], total: 0 }));
    renderWith('SHIFT_LEADER', { followUpCoverage, assignFollowUpCoverageGaps, getList }, <CoveragePage />);
    expect(await screen.findByText('覆盖率 33.3%')).toBeInTheDocument();
    expect(screen.getByText(/已回访 1 \/ 3/)).toBeInTheDocument();
    const gaps = screen.getByRole('list', { name: '未回访的重点客户（2）' });
    expect(within(gaps).getByText(/已安排：张伟/)).toBeInTheDocument();
    // A leader sees their own team: no team picker.
    expect(screen.queryByLabelText('班组')).not.toBeInTheDocument();
    fireEvent.click(within(gaps).getByLabelText('杭州明远物流有限公司'));
    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(await screen.findByRole('option', { name: '张伟' }));
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: '指派所选（1）' }));
    await waitFor(() => expect(assignFollowUpCoverageGaps).toHaveBeenCalledWith({ period: followUpCoverage.mock.calls[0][0], teamId: null, assigneeIds: ['u2'], customerIds: ['c2'] }));
    await waitFor(() => expect(followUpCoverage).toHaveBeenCalledTimes(2));
  });
});
