import { COMPLAINT_STATUSES, complaintSlaPolicy, defaultSettings } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeComplaintNumber } from '../../modules/complaint/complaint-number';
import { ComplaintProposal } from '../../modules/complaint/complaint-proposal.entity';
import { Complaint } from '../../modules/complaint/complaint.entity';
import { IsNull, Not } from 'typeorm';
import { ComplaintEscalation } from '../../modules/complaint/complaint-escalation.entity';
import { ComplaintTimelineEntry } from '../../modules/complaint/complaint-timeline-entry.entity';
import { NATIONAL_COMPLAINT_CATEGORIES } from '../../modules/complaint/national-categories';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { generateDemoComplaints, seedDemoComplaints } from './demo-complaints';

const now = new Date('2026-11-25T02:00:00Z');
const categories = NATIONAL_COMPLAINT_CATEGORIES.map((c) => ({ id: c.code.toLowerCase(), code: c.code, dueHours: c.dueHours }));
const input = {
  now,
  customers: Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, tier: (['A', 'B', 'C'] as const)[i % 3] })),
  agentIds: ['a1', 'a2', 'a3'],
  managerId: 'm1',
  categories,
  policy: complaintSlaPolicy(defaultSettings()),
  calendar: { timeZone: 'Asia/Shanghai', workdayStartMinute: 510, workdayEndMinute: 1050, days: [] },
};

describe('demo complaints', () => {
  const data = generateDemoComplaints(input);

  it('are about 500 over the last 90 days, in every state, reproducibly', () => {
    expect(data.complaints).toHaveLength(500);
    expect(new Set(data.complaints.map((c) => c.status))).toEqual(new Set(COMPLAINT_STATUSES));
    for (const c of data.complaints) {
      expect(c.receivedAt.getTime()).toBeGreaterThan(now.getTime() - 90 * 86_400_000);
      expect(c.receivedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(c.closedAt != null).toBe(c.status === 'CLOSED' || c.status === 'REJECTED');
    }
    expect(generateDemoComplaints(input).complaints.map((c) => c.description)).toEqual(data.complaints.map((c) => c.description));
  });

  it('follow the national category mix and write Chinese descriptions', () => {
    const share = (code: string) => data.complaints.filter((c) => c.categoryId === code.toLowerCase()).length / data.complaints.length;
    expect(share('QUALITY')).toBeGreaterThan(0.52);
    expect(share('QUALITY')).toBeLessThan(0.68);
    expect(share('OTHER')).toBeGreaterThan(0.06);
    for (const c of data.complaints) expect(c.description).toMatch(/[\u4e00-\u9fff]{8,}/);
  });

  it('have timelines that replay the workflow and leave some open past their time limit', () => {
    const closed = data.complaints.find((c) => c.status === 'CLOSED') as Complaint;
    expect(data.timeline.filter((e) => e.complaintId === closed.id).map((e) => e.step)).toEqual(expect.arrayContaining(['register', 'assessValid', 'approve', 'close']));
    expect(data.complaints.filter((c) => !c.closedAt && c.dueAt < now).length).toBeGreaterThan(10);
  });
});

describe('seedDemoComplaints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('inserts them and escalates the overdue ones as the job would', async () => {
    const [agent, agent2, manager] = await Promise.all([t.staffWithToken('AGENT'), t.staffWithToken('AGENT'), t.staffWithToken('DEPT_MANAGER')]);
    const customers = await Promise.all([1, 2, 3].map(() => makeCustomer(t.dataSource)));
    const count = await t.dataSource.transaction((tx) => seedDemoComplaints(tx, now, { customerIds: customers.map((c) => c.id), agentIds: [agent.staff.id, agent2.staff.id], managerId: manager.staff.id }));
    expect(count).toBe(500);
    expect(await t.dataSource.getRepository(Complaint).count()).toBe(500);
    const escalated = await t.dataSource.getRepository(Complaint).createQueryBuilder('c').where('c.escalationLevel > 0').getCount();
    expect(escalated).toBeGreaterThan(10);
    // Both rungs of the ladder show: complaints still with the shift leader, and complaints the manager has.
    const levels = await t.dataSource.query('SELECT escalation_level AS level, COUNT(*) AS n FROM complaint WHERE escalation_level > 0 GROUP BY escalation_level ORDER BY escalation_level');
    expect(levels.map((row: { level: number }) => Number(row.level))).toEqual([1, 2]);
    // One handed up by its owner, one transferred by the manager.
    expect(await t.dataSource.getRepository(ComplaintEscalation).countBy({ referredById: Not(IsNull()) })).toBe(1);
    expect(await t.dataSource.getRepository(ComplaintTimelineEntry).countBy({ step: 'reassign' })).toBe(1);
    // A complaint waiting with two proposals side by side.
    const sideBySide = await t.dataSource.query("SELECT complaint_id FROM complaint_proposal WHERE decision = 'PENDING' GROUP BY complaint_id HAVING COUNT(*) > 1");
    expect(sideBySide.length).toBeGreaterThanOrEqual(1);
    // An approved complaint whose alternative was kept as not chosen (未采纳).
    const notChosen = await t.dataSource.getRepository(ComplaintProposal).findOneByOrFail({ decision: 'NOT_CHOSEN' });
    const approvedOne = await t.dataSource.getRepository(ComplaintProposal).findOneByOrFail({ complaintId: notChosen.complaintId, decision: 'APPROVED' });
    expect(approvedOne.decidedAt?.getTime()).toBe(notChosen.decidedAt?.getTime());
    // A reopened complaint: the original clock from its registration, the restarted one from the reopening.
    const reopened = await t.dataSource.getRepository(Complaint).findOneByOrFail({ slaCycle: 1 });
    expect(reopened).toMatchObject({ status: 'RECEIVED', closedAt: null, escalationLevel: 0 });
    expect(reopened.slaStartAt.getTime()).toBeGreaterThan(reopened.receivedAt.getTime());
    expect(reopened.dueAt.getTime()).toBeGreaterThan(reopened.slaStartAt.getTime());
    expect(await t.dataSource.getRepository(ComplaintTimelineEntry).countBy({ complaintId: reopened.id, step: 'reopen' })).toBe(1);
    expect(await t.dataSource.getRepository(ComplaintEscalation).countBy({ escalatedToId: manager.staff.id })).toBeGreaterThanOrEqual(escalated);
    // Numbered per business day; a complaint registered today goes on from the day's last demo number.
    const numbers = (await t.dataSource.getRepository(Complaint).find({ select: { number: true } })).map((c) => c.number);
    expect(new Set(numbers).size).toBe(500);
    for (const number of numbers) expect(number).toMatch(/^TS-\d{8}-\d{4}$/);
    const next = await t.dataSource.transaction((tx) => takeComplaintNumber(tx, now, 'Asia/Shanghai'));
    expect(numbers).not.toContain(next);
  });
});
