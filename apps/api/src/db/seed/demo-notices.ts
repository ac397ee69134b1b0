import { type NoticeKind, type NoticeStatus, scrubContactDetails } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { CaseStudy } from '../../modules/notice/case-study.entity';
import { Notice } from '../../modules/notice/notice.entity';
import { NoticeReceipt } from '../../modules/notice/notice-receipt.entity';
import { searchTextOf } from '../../modules/notice/search-text';
import { StandardAnswer } from '../../modules/notice/standard-answer.entity';
import { Complaint } from '../../modules/complaint/complaint.entity';
import { Customer } from '../../modules/customer/customer.entity';
import { newRecord } from '../../shared/new-record';

const DAY = 86_400_000;

interface DemoNotice {
  kind: NoticeKind;
  status: NoticeStatus;
  title: string;
  body: string;
  pinned?: boolean;
  /** Days before now it was published (or written, for a draft). */
  daysAgo: number;
  /** Who has signed for it besides the publisher (usernames). */
  readBy: string[];
}

/** The notice board of the demo: partial read receipts, so the progress and the unread banner have something to show. */
export const DEMO_NOTICES: DemoNotice[] = [
  {
    kind: 'POLICY_CHANGE',
    status: 'PUBLISHED',
    pinned: true,
    daysAgo: 2,
    title: '关于质量问题退货期限延长至15天的通知',
    body: '各位同事：\n自本月1日起，因产品质量问题申请退货的期限由签收后7天延长至15天。非质量问题仍按7天无理由退货执行。\n客户来电咨询时，请统一按“统一答复口径 · 退换货”答复，并在服务记录中注明。\n客服部',
    readBy: ['leader', 'leader2', 'qa', 'agent2', 'agent3', 'agent5'],
  },
  {
    kind: 'OFFER',
    status: 'PUBLISHED',
    daysAgo: 1,
    title: '双十二老客户回馈活动说明',
    body: '12月10日至12月14日，合作满一年的老客户续签维保合同享9折，并赠送一次上门保养。活动名额有限，客户咨询时请登记意向，由业务部统一回电确认。',
    readBy: ['leader', 'agent3'],
  },
  {
    kind: 'PRODUCT_UPDATE',
    status: 'PUBLISHED',
    daysAgo: 6,
    title: '智能温控器 T2 上市及常见问题',
    body: '新品智能温控器 T2 已于本周上市，支持手机远程控制。常见问题：①配网失败请确认路由器为 2.4G 频段；②显示屏不亮请检查电池方向。其他技术问题转技术部。',
    readBy: ['director', 'leader', 'leader2', 'qa', 'agent', 'agent2', 'agent3', 'agent4', 'agent5', 'agent6'],
  },
  {
    kind: 'PROCESS_CHANGE',
    status: 'DRAFT',
    daysAgo: 0,
    title: '春节期间值班及投诉升级安排（草稿）',
    body: '春节期间热线 24 小时值守；超过 24 小时未办结的投诉仍按规定升级至值班长。具体排班另行通知。',
    readBy: [],
  },
  {
    kind: 'SYSTEM',
    status: 'ARCHIVED',
    daysAgo: 40,
    title: '国庆期间发货延迟说明',
    body: '10月1日至7日仓库暂停发货，8日起按下单顺序陆续发出。',
    readBy: ['leader', 'agent', 'agent2'],
  },
];

/** 统一答复口径 of the demo: the questions customers really ask, by topic. */
export const DEMO_STANDARD_ANSWERS: Array<{ topic: string; question: string; answer: string }> = [
  {
    topic: '退换货',
    question: '收到的货物有质量问题，可以退吗？',
    answer: '您好，质量问题自签收之日起15天内可以办理退货，运费由我们承担。请您拍照留存后告诉我订单号，我马上为您登记。',
  },
  {
    topic: '退换货',
    question: '不是质量问题能退货吗？',
    answer: '非质量问题支持签收后7天内无理由退货，商品需保持完好、不影响二次销售，退回运费需要您承担，感谢您的理解。',
  },
  {
    topic: '价格',
    question: '为什么这次的价格比上次贵？',
    answer: '非常理解您的疑问。本月起部分原材料成本上涨，价格做了小幅调整；合同期内的客户仍按合同价格执行，我可以帮您查询您适用的价格。',
  },
  { topic: '配送', question: '货物什么时候能送到？', answer: '同城订单一般次日送达，省内 2-3 天，偏远地区 3-5 天。我帮您查一下物流单号的最新进度，请稍等。' },
  {
    topic: '保修',
    question: '保修期过了还能维修吗？',
    answer: '保修期外我们同样提供有偿维修服务，费用按配件价格加上门服务费计算。我先为您登记故障情况，技术人员会在一个工作日内联系您报价。',
  },
  {
    topic: '发票',
    question: '发票开错了怎么办？',
    answer: '给您带来不便非常抱歉。请您把需要更正的信息告诉我，我们会在 3 个工作日内作废原发票并重新开具，新发票开出后短信通知您。',
  },
  {
    topic: '投诉处理',
    question: '我的投诉多久能处理完？',
    answer: '您的投诉我们已登记，会在 24 小时内给您初步答复；需要其他部门处理的，我们会一直跟进到底，并在处理完毕后给您回访。',
  },
  {
    topic: '投诉处理',
    question: '我要找你们领导。',
    answer: '好的，我理解您希望由负责人处理。我马上把您的情况转给值班主管，主管会在今天 18:00 前给您回电，您看可以吗？',
  },
];

/**
 * Notices with partial read receipts, the standard answers and one case written up from the first
 * closed complaint (its customer's name and phone removed, as createCaseStudy does).
 */
export async function seedDemoNotices(manager: EntityManager, now: Date, staffIdsByUsername: ReadonlyMap<string, string>): Promise<void> {
  const id = (username: string) => staffIdsByUsername.get(username) as string;
  const publisher = id('manager');
  for (const demo of DEMO_NOTICES) {
    const at = new Date(now.getTime() - demo.daysAgo * DAY);
    const published = demo.status !== 'DRAFT';
    const notice = Object.assign(new Notice(), {
      ...newRecord(at),
      kind: demo.kind,
      status: demo.status,
      title: demo.title,
      body: demo.body,
      pinned: demo.pinned ?? false,
      publishedAt: published ? at : null,
      publishedById: published ? publisher : null,
      authorId: publisher,
      boardAt: at,
      searchText: searchTextOf(demo.title, demo.body),
    });
    await manager.insert(Notice, notice);
    const readers = published ? ['manager', ...demo.readBy] : [];
    if (readers.length)
      await manager.insert(
        NoticeReceipt,
        readers.map((username, i) => ({ noticeId: notice.id, staffId: id(username), readAt: new Date(at.getTime() + i * 37 * 60_000) })),
      );
  }
  await manager.insert(
    StandardAnswer,
    DEMO_STANDARD_ANSWERS.map((answer, i) => ({
      ...newRecord(new Date(now.getTime() - (i + 1) * DAY)),
      ...answer,
      revision: 1,
      authorId: publisher,
      archivedAt: null,
      searchText: searchTextOf(answer.topic, answer.question, answer.answer),
    })),
  );
  await seedDemoCase(manager, now, id('leader'));
}

async function seedDemoCase(manager: EntityManager, now: Date, authorId: string): Promise<void> {
  const complaint = await manager.findOne(Complaint, { where: { status: 'CLOSED' }, order: { receivedAt: 'ASC', id: 'ASC' } });
  if (!complaint) return;
  const customer = await manager.findOneBy(Customer, { id: complaint.customerId });
  const scrub = (text: string) => scrubContactDetails(text, [customer?.name, customer?.company], [customer?.address]);
  const texts = {
    title: scrub(`${complaint.productName ?? '产品'}问题投诉的处理`),
    facts: scrub(`${complaint.description}\n客户诉求：${complaint.customerRequest}`),
    handling: scrub(
      complaint.assessmentNote ? `判断：${complaint.assessmentNote}\n按审批方案处理，客户接受并回访满意。` : '按审批方案处理，客户接受并回访满意。',
    ),
    lesson: '首问负责：受理人全程跟进，当天给客户初步答复；涉及其他部门时主动协调，不让客户重复陈述。',
  };
  await manager.insert(CaseStudy, {
    ...newRecord(now),
    ...texts,
    complaintId: complaint.id,
    complaintNumber: complaint.number,
    categoryId: complaint.categoryId,
    severity: complaint.severity,
    channel: complaint.channel,
    authorId,
    archivedAt: null,
    searchText: searchTextOf(texts.title, texts.facts, texts.handling, texts.lesson),
  });
}
