import {
  type BusinessCalendar,
  type ComplaintAction,
  type ComplaintSlaPolicy,
  type ComplaintStatus,
  COMPLAINT_CHANNELS,
  COMPLAINT_DEPARTMENTS,
  CUSTOMER_EMOTIONS,
  type CustomerTier,
  complaintDueAt,
  complaintMachine,
  numberInOrder,
  type Department,
  RESOLUTION_TYPES,
} from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { escalateOverdueComplaints } from '../../modules/complaint/complaint-escalation.job';
import { addEscalation, findEscalationLeader } from '../../modules/complaint/complaint-escalation.service';
import { addTimelineEntry } from '../../modules/complaint/complaint-timeline';
import { ComplaintCategory } from '../../modules/complaint/complaint-category.entity';
import { readSlaRules } from '../../modules/complaint/complaint-sla';
import { ComplaintProposal } from '../../modules/complaint/complaint-proposal.entity';
import { ComplaintTask } from '../../modules/complaint/complaint-task.entity';
import { ComplaintTimelineEntry } from '../../modules/complaint/complaint-timeline-entry.entity';
import { Complaint } from '../../modules/complaint/complaint.entity';
import { ComplaintNumberCounter } from '../../modules/complaint/complaint-number-counter.entity';
import { NATIONAL_COMPLAINT_CATEGORIES } from '../../modules/complaint/national-categories';
import { Customer } from '../../modules/customer/customer.entity';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';
import { createRandom, type Random, weightedPicker } from './random';

const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;

/** What the customer said, per category: [description, what they want]. */
const STORIES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  QUALITY: [
    ['新买的商用冷柜使用三天就不制冷，柜内饮料全部变温，影响门店营业', '尽快上门更换新机并赔偿损失'],
    ['收到的打印机开机后卡纸异响，更换纸张后仍无法正常打印', '换一台新的'],
    ['热水器安装不到一个月漏水，把楼下邻居家天花板泡坏了', '维修热水器并承担邻居的维修费用'],
    ['批次为同一批的包装箱有明显破损和受潮，货物外包装发霉', '退回该批次货物并重新发货'],
    ['空调外机噪音很大，晚上影响休息，售后来过一次没解决', '彻底修好或者换机'],
  ],
  SALES_CONTRACT: [
    ['业务员签约时承诺免费安装，现在却要收取安装费', '按合同约定免费安装'],
    ['合同写明七天内到货，已经过去半个月还没有发货', '立即发货并按合同赔付违约金'],
  ],
  PRICE: [
    ['同一型号产品下单三天后降价两百元，要求补差价被拒绝', '退还差价'],
    ['账单上的服务费比业务员报价高出百分之二十', '按报价重新结算'],
  ],
  MEASUREMENT: [['称重收费的货物实际重量比计费重量少了三公斤', '按实际重量重新计费并退还多收的费用']],
  SAFETY: [['电暖器使用中插头发烫冒烟，差点引起火灾，家里有老人小孩很害怕', '召回检测并给出书面安全说明']],
  ADVERTISING: [['宣传页写着“终身免费保修”，报修时却说只保一年', '按宣传内容兑现保修']],
  COUNTERFEIT: [['在授权门店买到的配件包装与官网不一致，怀疑是假货', '鉴定真伪，是假货要求退一赔三']],
  FALSE_QUALITY_CLAIM: [['产品标注“一级能效”，实测耗电量明显偏高', '提供检测报告或退货']],
  PERSONAL_DIGNITY: [['到门店咨询时被店员大声呵斥，当众受到羞辱', '店员当面道歉，公司给出书面处理结果']],
  OTHER: [
    ['多次拨打客服热线无人接听，问题一直得不到答复', '有专人跟进并给出明确答复'],
    ['发票抬头开错，申请重开一周仍未处理', '尽快重开发票'],
  ],
  SERVICE_ATTITUDE: [['客服专员电话里态度生硬，没听完就挂断电话', '更换对接人员并道歉']],
  DELIVERY: [['配送员未经同意把大件货物放在小区门口，货物被雨淋湿', '重新配送并赔偿损失']],
  BILLING: [['同一笔服务费在本月账单中被重复扣款两次', '退还重复扣款']],
};

/** Steps from registration to each status (the generator replays them through the machine). */
const HANDLED: ComplaintAction[] = ['assessValid', 'propose', 'approve', 'customerAccept', 'startImplementation', 'completeImplementation', 'followUpSatisfied', 'close'];
const PATHS: Record<ComplaintStatus, ComplaintAction[]> = {
  RECEIVED: [],
  INVESTIGATING: HANDLED.slice(0, 1),
  PROPOSED: HANDLED.slice(0, 2),
  RETURNED: ['assessValid', 'propose', 'return'],
  APPROVED: HANDLED.slice(0, 3),
  ACCEPTED: HANDLED.slice(0, 4),
  IMPLEMENTING: HANDLED.slice(0, 5),
  FOLLOW_UP: HANDLED.slice(0, 6),
  FOLLOWED_UP: HANDLED.slice(0, 7),
  CLOSED: HANDLED,
  REJECTED: ['assessInvalid'],
};
const OPEN_STATUSES = (Object.keys(PATHS) as ComplaintStatus[]).filter((s) => s !== 'CLOSED' && s !== 'REJECTED');
const STEP_NOTES: Partial<Record<ComplaintAction, string>> = {
  assessInvalid: '经核实不属于产品质量问题，已向客户耐心解释并致歉',
  return: '补偿金额依据不足，请补充客户历史交易情况',
  approve: '同意，按方案执行',
  customerAccept: '客户同意处理方案，已记录为处理协议',
  followUpSatisfied: '回访客户，对处理结果满意',
  close: '处理完毕，资料归档',
};

export interface DemoComplaintInput {
  now: Date;
  seed?: number;
  count?: number;
  customers: Array<{ id: string; tier: CustomerTier }>;
  agentIds: string[];
  managerId: string;
  categories: Array<{ id: string; code: string; dueHours: number | null }>;
  policy: ComplaintSlaPolicy;
  calendar: BusinessCalendar;
}

export interface DemoComplaints {
  complaints: Complaint[];
  proposals: ComplaintProposal[];
  tasks: ComplaintTask[];
  timeline: ComplaintTimelineEntry[];
  /** Where each day's numbering stopped: registrations after the seed go on from there. */
  numberCounters: ComplaintNumberCounter[];
}

/**
 * About 500 complaints over the 90 days before `now`, in the national category mix: older ones
 * mostly closed, recent ones in every state, a few old ones still open (overdue, to be escalated).
 */
export function generateDemoComplaints(input: DemoComplaintInput): DemoComplaints {
  const random = createRandom(input.seed ?? 4242);
  const byCode = new Map(input.categories.map((c) => [c.code, c]));
  const pickCategory = weightedPicker(NATIONAL_COMPLAINT_CATEGORIES.filter((c) => byCode.has(c.code)).map((c) => [c.code, c.share] as const));
  const out: DemoComplaints = { complaints: [], proposals: [], tasks: [], timeline: [], numberCounters: [] };
  for (let i = 0; i < (input.count ?? 500); i += 1) {
    const receivedAt = new Date(input.now.getTime() - random.float() * 90 * DAY);
    const category = byCode.get(pickCategory(random)) as DemoComplaintInput['categories'][number];
    addComplaint(out, input, random, receivedAt, category, pickStatus(random, input.now.getTime() - receivedAt.getTime()));
  }
  const { numbers, lastByDay } = numberInOrder(out.complaints.map((c) => ({ id: c.id, registeredAt: c.createdAt })), input.calendar.timeZone);
  for (const complaint of out.complaints) complaint.number = numbers.get(complaint.id) as string;
  out.numberCounters = [...lastByDay].map(([day, lastSequence]) => ({ day, lastSequence }));
  return out;
}

function pickStatus(random: Random, age: number): ComplaintStatus {
  if (age < 10 * DAY || random.chance(0.06)) return random.pick([...OPEN_STATUSES, 'CLOSED', 'REJECTED']);
  return random.chance(0.9) ? 'CLOSED' : 'REJECTED';
}

function addComplaint(out: DemoComplaints, input: DemoComplaintInput, random: Random, receivedAt: Date, category: DemoComplaintInput['categories'][number], status: ComplaintStatus): void {
  const customer = random.pick(input.customers);
  const ownerId = random.pick(input.agentIds);
  const severity = random.pick(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'CRITICAL'] as const);
  const [description, customerRequest] = random.pick(STORIES[category.code] ?? STORIES.OTHER);
  const departments = random.sample(COMPLAINT_DEPARTMENTS, random.int(1, 2)) as Department[];
  const id = newId(receivedAt.getTime());
  const path = PATHS[status];
  // Steps spread over the hours (open) or days (closed) after registration, never past `now`.
  const span = Math.min(input.now.getTime() - receivedAt.getTime(), (status === 'CLOSED' ? random.int(1, 8) * DAY : random.int(1, 30) * HOUR));
  const at = (index: number) => new Date(receivedAt.getTime() + (span * (index + 1)) / (path.length + 1));
  const entry = (when: Date, actorId: string | null, step: ComplaintTimelineEntry['step'], note: string | null) =>
    out.timeline.push({ id: newId(when.getTime()), complaintId: id, at: when, actorId, step, note, recipientId: null });

  entry(receivedAt, ownerId, 'register', description);
  let reached: ComplaintStatus = 'RECEIVED';
  let proposalId: string | null = null;
  path.forEach((action, index) => {
    reached = complaintMachine.assertTransition(reached, action);
    const when = at(index);
    const decider = action === 'approve' || action === 'return';
    if (action === 'propose') {
      proposalId = newId(when.getTime());
      out.proposals.push(demoProposal(random, proposalId, id, ownerId, when));
    }
    if (decider && proposalId) Object.assign(out.proposals[out.proposals.length - 1], { decision: action === 'approve' ? 'APPROVED' : 'RETURNED', decidedById: input.managerId, decidedAt: when, decisionNote: STEP_NOTES[action] });
    if (action === 'customerAccept') out.proposals[out.proposals.length - 1].customerAccepted = true;
    if (action === 'startImplementation') {
      const done = status !== 'IMPLEMENTING';
      for (const department of departments) {
        out.tasks.push({ ...newRecord(when), complaintId: id, department, status: done ? 'DONE' : 'OPEN', doneAt: done ? at(index + 1) : null, doneById: done ? ownerId : null, note: done ? '部门已处理完毕' : null } as ComplaintTask);
      }
    }
    if (action === 'completeImplementation') for (const department of departments) entry(when, ownerId, 'completeTask', department);
    entry(when, decider ? input.managerId : ownerId, action, STEP_NOTES[action] ?? null);
  });
  const closed = status === 'CLOSED' || status === 'REJECTED';
  const subject = { severity, tier: customer.tier, categoryDueHours: category.dueHours };
  out.complaints.push(
    Object.assign(new Complaint(), {
      ...newRecord(receivedAt),
      id,
      updatedAt: path.length ? at(path.length - 1) : receivedAt,
      version: path.length + 1,
      customerId: customer.id,
      contactId: null,
      contractId: null,
      channel: random.pick(COMPLAINT_CHANNELS),
      receivedAt,
      recordedById: ownerId,
      ownerId,
      categoryId: category.id,
      severity,
      emotion: random.pick(CUSTOMER_EMOTIONS),
      description,
      customerRequest,
      productName: null,
      productSpec: null,
      productionDate: null,
      batchNumber: category.code === 'QUALITY' ? `PH-${receivedAt.getUTCFullYear()}-${random.int(100, 999)}` : null,
      usedAt: null,
      status,
      priority: 'NORMAL',
      urgeCount: 0,
      lastUrgedAt: null,
      departments: path.includes('assessValid') ? departments : [],
      assessmentNote: status === 'REJECTED' ? STEP_NOTES.assessInvalid : null,
      currentProposalId: proposalId,
      slaStartAt: receivedAt,
      slaCycle: 0,
      dueAt: complaintDueAt(receivedAt, subject, input.policy, input.calendar),
      escalationLevel: 0,
      escalatedAt: null,
      closedAt: closed ? at(path.length - 1) : null,
    }),
  );
}

function demoProposal(random: Random, id: string, complaintId: string, ownerId: string, at: Date): ComplaintProposal {
  const type = random.pick(RESOLUTION_TYPES);
  const amount = type === 'APOLOGY' || type === 'MANAGER_VISIT' ? '0.00' : `${random.int(50, 3000)}.00`;
  return Object.assign(new ComplaintProposal(), {
    ...newRecord(at),
    id,
    complaintId,
    type,
    amount,
    description: '按客户诉求与公司规定拟定处理方案',
    relationship: random.pick(['合作三年以上的老客户，有续签意向', '新客户，首次合作', '重点客户，年采购额较大']),
    wordOfMouth: random.pick(['客户在行业内人脉广，处理不好影响口碑', '客户表示会在网上发布评价', '影响范围有限']),
    reasonableness: random.pick(['诉求合理，符合保修条款', '诉求部分合理，赔偿金额偏高', '诉求合理，公司确有过失']),
    companyFaultPercent: random.pick([30, 50, 80, 100]),
    proposedById: ownerId,
    decision: 'PENDING',
    decidedById: null,
    decidedAt: null,
    decisionNote: null,
    customerAccepted: null,
  });
}

export interface DemoComplaintIds {
  customerIds: string[];
  agentIds: string[];
  managerId: string;
  timeZone?: string;
}

/** Inserts the demo complaints, then escalates the overdue ones as the job would have (timeline and inboxes), some to level 1 only. */
export async function seedDemoComplaints(manager: EntityManager, now: Date, ids: DemoComplaintIds): Promise<number> {
  const timeZone = ids.timeZone ?? 'Asia/Shanghai';
  const [customers, categories, rules] = await Promise.all([
    manager.find(Customer, { select: { id: true, tier: true } }),
    manager.find(ComplaintCategory),
    readSlaRules(manager, timeZone, now),
  ]);
  const wanted = new Set(ids.customerIds);
  const data = generateDemoComplaints({ now, customers: customers.filter((c) => wanted.has(c.id)), agentIds: ids.agentIds, managerId: ids.managerId, categories, ...rules });
  for (const [target, rows] of [[Complaint, data.complaints], [ComplaintProposal, data.proposals], [ComplaintTask, data.tasks], [ComplaintTimelineEntry, data.timeline], [ComplaintNumberCounter, data.numberCounters]] as const) {
    for (let start = 0; start < rows.length; start += 500) await manager.insert(target, rows.slice(start, start + 500) as never);
  }
  // As the job would have run: a sweep a manager's period ago and one now, so older overdue complaints
  // reached the manager while those that waited only since then sit with the shift leader (level 1 only).
  await escalateOverdueComplaints(manager, new Date(now.getTime() - rules.policy.escalateToManagerHours * 3_600_000), timeZone);
  await escalateOverdueComplaints(manager, now, timeZone);
  await seedHandovers(manager, now, ids);
  await seedAlternative(manager, now);
  await seedChosenAlternative(manager, now);
  await seedReopened(manager, now, rules);
  return data.complaints.length;
}

/** One approved complaint had an alternative beside the approved proposal: kept, marked not chosen (未采纳). */
async function seedChosenAlternative(manager: EntityManager, now: Date): Promise<void> {
  const approved = await manager.findOne(Complaint, { where: { status: 'APPROVED' }, order: { receivedAt: 'DESC', id: 'ASC' } });
  const chosen = approved?.currentProposalId ? await manager.findOneBy(ComplaintProposal, { id: approved.currentProposalId }) : null;
  if (!approved || !chosen?.decidedAt) return;
  const at = new Date(chosen.createdAt.getTime() + 60_000);
  const alternative = demoProposal(createRandom(11), newId(at.getTime()), approved.id, approved.ownerId, at);
  await manager.insert(ComplaintProposal, {
    ...alternative,
    type: 'GOODS_COMPENSATION',
    amount: '600.00',
    description: '备选方案：不换货，赠送同等价值的配件和两年延保',
    decision: 'NOT_CHOSEN',
    decidedById: chosen.decidedById,
    decidedAt: chosen.decidedAt,
  });
  await addTimelineEntry(manager, { complaintId: approved.id, at: at < now ? at : now, actorId: approved.ownerId, step: 'propose', note: '备选方案：赠送配件和延保' });
}

/**
 * One complaint closed in the last days was reopened 3 hours ago (the customer called again): the
 * original clock keeps the first registration, the restarted one counts from the reopening.
 */
async function seedReopened(manager: EntityManager, now: Date, rules: Awaited<ReturnType<typeof readSlaRules>>): Promise<void> {
  const closed = await manager.findOne(Complaint, { where: { status: 'CLOSED' }, order: { closedAt: 'DESC', id: 'ASC' } });
  if (!closed?.closedAt) return;
  const customer = await manager.findOneOrFail(Customer, { where: { id: closed.customerId }, select: { id: true, tier: true } });
  const category = await manager.findOneByOrFail(ComplaintCategory, { id: closed.categoryId });
  const reopenedAt = new Date(Math.max(closed.closedAt.getTime() + 60_000, now.getTime() - 3 * HOUR));
  await manager.update(Complaint, { id: closed.id }, {
    status: 'RECEIVED',
    closedAt: null,
    currentProposalId: null,
    slaStartAt: reopenedAt,
    slaCycle: closed.slaCycle + 1,
    dueAt: complaintDueAt(reopenedAt, { severity: closed.severity, tier: customer.tier, categoryDueHours: category.dueHours }, rules.policy, rules.calendar),
    escalationLevel: 0,
    escalatedAt: null,
    updatedAt: reopenedAt,
    version: closed.version + 1,
  });
  await addTimelineEntry(manager, { complaintId: closed.id, at: reopenedAt, actorId: closed.ownerId, step: 'reopen', note: '客户再次来电：换货后同样的故障又出现了，要求重新处理' });
}

/** One complaint waiting for approval gets an alternative beside its proposal (方案 side by side). */
async function seedAlternative(manager: EntityManager, now: Date): Promise<void> {
  const waiting = await manager.findOne(Complaint, { where: { status: 'PROPOSED' }, order: { receivedAt: 'DESC', id: 'ASC' } });
  if (!waiting) return;
  const proposal = demoProposal(createRandom(7), newId(now.getTime()), waiting.id, waiting.ownerId, now);
  await manager.insert(ComplaintProposal, { ...proposal, type: 'REFUND', amount: '1200.00', description: '备选方案：不换货，按发票金额部分退款' });
  await manager.update(Complaint, { id: waiting.id }, { currentProposalId: proposal.id });
  await addTimelineEntry(manager, { complaintId: waiting.id, at: now, actorId: waiting.ownerId, step: 'propose', note: '备选方案：部分退款' });
}

/** The newest open complaints not yet escalated: one handed up by its owner (上交), one transferred by the manager (转交). */
async function seedHandovers(manager: EntityManager, now: Date, ids: DemoComplaintIds): Promise<void> {
  const [referred, transferred] = await manager.find(Complaint, { where: { closedAt: IsNull(), escalationLevel: 0 }, order: { receivedAt: 'DESC', id: 'ASC' }, take: 2 });
  if (referred) {
    const leaderId = await findEscalationLeader(manager, referred, now);
    await manager.update(Complaint, { id: referred.id }, { escalationLevel: 1, escalatedAt: now });
    const reason = '客户情绪激动，要求超出业务代表权限，上交班长';
    await addEscalation(manager, { complaintId: referred.id, cycle: referred.slaCycle, level: 1, escalatedToId: leaderId, at: now, actorId: referred.ownerId, step: 'refer', referredById: referred.ownerId, reason });
  }
  const handlerId = transferred && ids.agentIds.find((id) => id !== transferred.ownerId);
  if (transferred && handlerId) {
    await manager.update(Complaint, { id: transferred.id }, { ownerId: handlerId });
    await addTimelineEntry(manager, { complaintId: transferred.id, at: now, actorId: ids.managerId, step: 'reassign', note: '客户要求换人处理，改由其他业务代表明天回电', recipientId: handlerId });
  }
}
