import type { EscalationLevelName } from '@sanxin/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type AuthProvider, memoryStore, RecordContextProvider, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { ComplaintActions, HandoverActions, UrgeButton } from './ComplaintActions';
import { handoverButtons } from './complaintActions';
import { ComplaintClock, ComplaintProposals } from './ComplaintDetailSections';
import type { ComplaintDetail } from './complaintQueries';

/** 张思远 (agent, the owner), 王海燕 (shift leader), 林慧敏 (manager), 周建华 (director), 赵晓婷 (QA). */
const AGENT = { id: 's-agent', role: 'AGENT' } as const;
const LEADER = { id: 's-leader', role: 'SHIFT_LEADER' } as const;
const QA = { id: 's-qa', role: 'QA_INSPECTOR' } as const;

const complaint = {
  id: 'q1',
  version: 4,
  status: 'INVESTIGATING',
  customer: { id: 'c1', name: '杭州冷链' },
  ownerId: AGENT.id,
  escalationLevel: 'NONE' as EscalationLevelName,
  closedAt: null,
  availableActions: [] as string[],
  mayUrge: false,
  urgeCount: 0,
};

const STAFF = [
  { id: 's-agent', name: '张思远', role: 'AGENT', active: true },
  { id: 's-agent2', name: '李婷', role: 'AGENT', active: true },
  { id: 's-left', name: '离职的人', role: 'AGENT', active: false },
  { id: 's-qa', name: '赵晓婷', role: 'QA_INSPECTOR', active: true },
  { id: 's-leader', name: '王海燕', role: 'SHIFT_LEADER', active: true },
];

const authAs = (viewer: { id: string; role: string }): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: viewer.id, fullName: '测试', role: viewer.role }),
  canAccess: async () => true,
});

function renderAs(viewer: { id: string; role: string }, children: React.ReactNode, record: Record<string, unknown>) {
  const workflow = vi.fn(async () => ({ ...record, version: Number(record.version) + 1 }));
  const getList = vi.fn(async () => ({ data: STAFF, total: STAFF.length }));
  render(
    <AdminContext dataProvider={{ ...testDataProvider(), workflow, getList: getList as never }} authProvider={authAs(viewer)} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="complaints">
        <RecordContextProvider value={record}>{children}</RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { workflow, getList };
}

describe('hand-up and transfer buttons come from the domain rules', () => {
  it('offers 上交 to the owner while the complaint is with nobody above, 转交 to leaders, the manager and the director', () => {
    expect(handoverButtons(complaint, AGENT)).toEqual(['refer']);
    expect(handoverButtons({ ...complaint, escalationLevel: 'SHIFT_LEADER' }, AGENT)).toEqual([]);
    expect(handoverButtons(complaint, LEADER)).toEqual(['reassign']);
    expect(handoverButtons(complaint, { id: 'm', role: 'DEPT_MANAGER' })).toEqual(['reassign']);
    expect(handoverButtons(complaint, { id: 'd', role: 'CENTER_DIRECTOR' })).toEqual(['reassign']);
    expect(handoverButtons(complaint, QA)).toEqual([]);
    expect(handoverButtons(complaint, { id: 's-agent2', role: 'AGENT' })).toEqual([]);
    expect(handoverButtons({ ...complaint, closedAt: '2026-11-30T08:00:00Z' }, LEADER)).toEqual([]);
    expect(handoverButtons(complaint, null)).toEqual([]);
  });

  it('the owner hands it up with a reason', async () => {
    const { workflow } = renderAs(AGENT, <HandoverActions />, complaint);
    fireEvent.click(await screen.findByRole('button', { name: '上交班长' }));
    expect(screen.queryByRole('button', { name: '转交' })).toBeNull();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: '确认' })).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/上交原因/), { target: { value: '客户情绪激动，要求赔偿超出我的权限' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('referComplaint', { id: 'q1', version: 4, input: { reason: '客户情绪激动，要求赔偿超出我的权限' } }));
  });

  it('a complaint already with the shift leader shows no 上交, and QA sees neither button', async () => {
    renderAs(AGENT, <HandoverActions />, { ...complaint, escalationLevel: 'SHIFT_LEADER' });
    renderAs(QA, <HandoverActions />, complaint);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: '上交班长' })).toBeNull();
    expect(screen.queryByRole('button', { name: '转交' })).toBeNull();
  });

  it('the leader transfers it to another handler picked from active agents and leaders, not the owner', async () => {
    const { workflow, getList } = renderAs(LEADER, <HandoverActions />, complaint);
    fireEvent.click(await screen.findByRole('button', { name: '转交' }));
    expect(screen.queryByRole('button', { name: '上交班长' })).toBeNull();
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /转交给/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['李婷', '王海燕']);
    fireEvent.click(screen.getByRole('option', { name: '李婷' }));
    fireEvent.change(within(dialog).getByLabelText(/转交原因/), { target: { value: '客户要求明天由其他业务代表回电' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(getList).toHaveBeenCalledWith('staffMembers', expect.objectContaining({ filter: { active: true } }));
    await waitFor(() =>
      expect(workflow).toHaveBeenCalledWith('reassignComplaint', { id: 'q1', version: 4, input: { handlerId: 's-agent2', reason: '客户要求明天由其他业务代表回电' } }),
    );
  });
});

describe('urge button follows mayUrge', () => {
  it('shows 催单 only when the API says this viewer may urge', async () => {
    renderAs(LEADER, <UrgeButton />, { ...complaint, mayUrge: true, urgeCount: 2 });
    expect(await screen.findByRole('button', { name: /催单（2）/ })).toBeInTheDocument();
  });

  it('hides it otherwise (QA, administrators, other agents)', async () => {
    renderAs(QA, <UrgeButton />, { ...complaint, mayUrge: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /催单/ })).toBeNull();
  });
});

const proposal = (id: string, decision: string, type: string, amount: string) => ({
  id,
  decision,
  type,
  amount,
  description: `${type} 方案`,
  relationship: '长期客户',
  wordOfMouth: '影响较大',
  reasonableness: '合理',
  companyFaultPercent: 80,
  customerAccepted: null,
  decisionNote: null,
});

const detailWith = (proposals: ReturnType<typeof proposal>[]): ComplaintDetail => ({ id: 'q1', timeline: [], tasks: [], escalations: [], proposals });

describe('alternative proposals side by side', () => {
  const two = detailWith([proposal('p1', 'PENDING', 'REPLACEMENT', '1280.00'), proposal('p2', 'PENDING', 'REFUND', '800.00')]);

  it('the approver approves one of several with its own button; the top 批准方案 is left out', async () => {
    const record = { ...complaint, status: 'PROPOSED', availableActions: ['PROPOSE_RESOLUTION', 'APPROVE_RESOLUTION', 'RETURN_RESOLUTION'] };
    const { workflow } = renderAs(
      { id: 'd', role: 'CENTER_DIRECTOR' },
      <>
        <ComplaintActions proposals={two.proposals} />
        <ComplaintProposals detail={two} />
      </>,
      record,
    );
    const buttons = await screen.findAllByRole('button', { name: '批准此方案' });
    expect(buttons).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '批准方案' })).toBeNull();
    expect(screen.getByRole('button', { name: '退回方案' })).toBeInTheDocument();
    fireEvent.click(within(screen.getByRole('group', { name: '方案 2' })).getByRole('button', { name: '批准此方案' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/说明/), { target: { value: '采纳退款' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(workflow).toHaveBeenCalledWith('approveResolution', { id: 'q1', version: 4, input: { proposalId: 'p2', note: '采纳退款' } }));
  });

  it('the owner sees the proposals but no approve button (the API does not offer approve)', async () => {
    renderAs(AGENT, <ComplaintProposals detail={two} />, { ...complaint, status: 'PROPOSED', availableActions: ['PROPOSE_RESOLUTION'] });
    expect(await screen.findByRole('group', { name: '方案 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '批准此方案' })).toBeNull();
  });

  it('a single waiting proposal keeps the usual 批准方案 button', async () => {
    const one = detailWith([proposal('p1', 'PENDING', 'REPLACEMENT', '1280.00')]);
    renderAs({ id: 'm', role: 'DEPT_MANAGER' }, <ComplaintActions proposals={one.proposals} />, { ...complaint, status: 'PROPOSED', availableActions: ['APPROVE_RESOLUTION', 'RETURN_RESOLUTION'] });
    expect(await screen.findByRole('button', { name: '批准方案' })).toBeInTheDocument();
  });

  it('labels the alternative not chosen 未采纳 beside the approved one', async () => {
    const decided = detailWith([proposal('p1', 'NOT_CHOSEN', 'REPLACEMENT', '1280.00'), proposal('p2', 'APPROVED', 'REFUND', '800.00')]);
    renderAs(AGENT, <ComplaintProposals detail={decided} />, { ...complaint, status: 'APPROVED', availableActions: [] });
    expect(within(await screen.findByRole('group', { name: '方案 1' })).getByText('未采纳')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '方案 2' })).getByText('已批准')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '批准此方案' })).toBeNull();
  });
});

describe('the clock after a reopening', () => {
  it('shows the original clock and the restarted one', async () => {
    const clock = {
      clock: 'CLOCK',
      originalStartAt: '2026-11-20T02:00:00Z',
      startAt: '2026-11-28T06:00:00Z',
      hoursSinceOriginal: 250.5,
      hoursSinceStart: 26,
      reopenCount: 1,
      nextLevel: 'DEPT_MANAGER',
      nextEscalationAt: '2026-11-30T08:00:00Z',
    };
    renderAs(AGENT, <ComplaintClock />, { ...complaint, clock });
    expect(await screen.findByText('原始计时（首次受理）')).toBeInTheDocument();
    expect(screen.getByText('重新计时（第 1 次重新打开）')).toBeInTheDocument();
    expect(screen.getByText('已计 250.5 小时')).toBeInTheDocument();
    expect(screen.getByText('已计 26.0 小时')).toBeInTheDocument();
    expect(screen.getByText(/自然小时/)).toBeInTheDocument();
    // The next level is labelled, not shown as its enum name.
    expect(screen.getByText(/已升级·主任/)).toBeInTheDocument();
  });

  it('shows only the original clock when never reopened', async () => {
    const clock = { clock: 'BUSINESS', originalStartAt: '2026-11-20T02:00:00Z', startAt: '2026-11-20T02:00:00Z', hoursSinceOriginal: 5, hoursSinceStart: 5, reopenCount: 0, nextLevel: 'SHIFT_LEADER', nextEscalationAt: null };
    renderAs(AGENT, <ComplaintClock />, { ...complaint, clock });
    expect(await screen.findByText('原始计时（首次受理）')).toBeInTheDocument();
    expect(screen.queryByText(/重新计时/)).toBeNull();
    expect(screen.getByText(/工作小时/)).toBeInTheDocument();
  });
});
