import { Complaint } from '../modules/complaint/complaint.entity';
import { FollowUpAttempt } from '../modules/follow-up/follow-up-attempt.entity';
import { FollowUp } from '../modules/follow-up/follow-up.entity';
import { followUpRecord } from '../modules/follow-up/follow-up-triggers';
import { Interaction } from '../modules/interaction/interaction.entity';
import { Team } from '../modules/team';
import { newId } from '../shared/ids';
import { newRecord } from '../shared/new-record';
import { makeComplaint, makeCustomer } from './factories';
import { sh } from './report-data';
import type { TestApp } from './test-app';

/**
 * 统计分析's hand-built data set: team 一组 (agents a1 王芳, a2 李娜, leader 刘洋), team 二组 (agent b1
 * 张伟). The analysed period is 2026-10-01 to 2026-11-30; the previous period of equal length (61 days)
 * is 2026-08-01 to 2026-09-30. The expected figures in analytics.test.ts are counted by hand from these rows.
 */
export async function buildAnalyticsData(t: TestApp) {
  const ds = t.dataSource;
  const at = sh('2026-07-01', '08:00');
  const teamA = newId();
  const teamB = newId();
  await ds.getRepository(Team).insert([
    { ...newRecord(at), id: teamA, name: '坐席一组' },
    { ...newRecord(at), id: teamB, name: '坐席二组' },
  ]);
  const [a1, a2, b1, leader, manager, qa, admin] = await Promise.all([
    t.staffWithToken('AGENT', { teamId: teamA, name: '王芳' }),
    t.staffWithToken('AGENT', { teamId: teamA, name: '李娜' }),
    t.staffWithToken('AGENT', { teamId: teamB, name: '张伟' }),
    t.staffWithToken('SHIFT_LEADER', { teamId: teamA, name: '刘洋' }),
    t.staffWithToken('DEPT_MANAGER', { name: '陈静' }),
    t.staffWithToken('QA_INSPECTOR', { name: '杨磊' }),
    t.staffWithToken('ADMIN', { name: '管理员' }),
  ]);
  const customer = await makeCustomer(ds);

  const complaint = async (ownerId: string, category: string, severity: string, received: Date, closed: Date | null, due: Date) => {
    const c = await makeComplaint(ds, { ownerId, receivedAt: received, categoryCode: category });
    await ds.getRepository(Complaint).update(c.id, { closedAt: closed, dueAt: due, severity: severity as Complaint['severity'], status: closed ? 'CLOSED' : 'RECEIVED', updatedAt: closed ?? received });
    return c;
  };
  // The period: October and November.
  const k1 = await complaint(a1.staff.id, 'QUALITY', 'LOW', sh('2026-10-05', '09:00'), sh('2026-10-05', '11:00'), sh('2026-10-06', '09:00'));
  const k2 = await complaint(a1.staff.id, 'QUALITY', 'HIGH', sh('2026-10-10', '09:00'), sh('2026-10-12', '09:00'), sh('2026-10-11', '09:00'));
  const k3 = await complaint(a2.staff.id, 'PRICE', 'LOW', sh('2026-11-03', '09:00'), sh('2026-11-04', '09:00'), sh('2026-11-05', '09:00'));
  const k4 = await complaint(b1.staff.id, 'PRICE', 'CRITICAL', sh('2026-11-15', '10:00'), null, sh('2026-11-16', '10:00'));
  await complaint(a2.staff.id, 'QUALITY', 'LOW', sh('2026-11-30', '23:30'), null, sh('2026-12-01', '23:30'));
  // Received in the previous period, closed (on time) in October.
  await complaint(b1.staff.id, 'QUALITY', 'LOW', sh('2026-09-30', '10:00'), sh('2026-10-01', '10:00'), sh('2026-10-02', '10:00'));
  // The previous period, and the edges just outside both periods.
  await complaint(a1.staff.id, 'PRICE', 'LOW', sh('2026-08-10', '09:00'), sh('2026-08-11', '09:00'), sh('2026-08-12', '09:00'));
  await complaint(a2.staff.id, 'PRICE', 'LOW', sh('2026-09-05', '09:00'), null, sh('2026-09-06', '09:00'));
  await complaint(a1.staff.id, 'PRICE', 'LOW', sh('2026-12-01', '00:00'), null, sh('2026-12-02', '00:00'));
  await complaint(a1.staff.id, 'QUALITY', 'LOW', sh('2026-07-31', '23:59'), null, sh('2026-08-01', '23:59'));

  const categories: Array<{ id: string; code: string }> = await ds.query("SELECT id, code FROM complaint_category WHERE code IN ('QUALITY', 'PRICE')");
  const category = Object.fromEntries(categories.map((row) => [row.code, row.id])) as Record<'QUALITY' | 'PRICE', string>;

  const followUp = (assigneeId: string, teamId: string, completedAt: Date, extra: Partial<FollowUp>) =>
    Object.assign(
      followUpRecord({ customerId: customer.id, contactId: null, trigger: 'MANUAL', triggerKey: null, assigneeId, teamId, dueAt: completedAt, createdById: null, note: null, triggeredAt: at }),
      { status: 'DONE', completedAt },
      extra,
    );
  const f1 = followUp(a1.staff.id, teamA, sh('2026-10-08', '10:00'), { trigger: 'COMPLAINT', sourceId: k1.id, sourceCategoryId: category.QUALITY, satisfaction: 'SATISFIED', score: 5 });
  const f2 = followUp(a2.staff.id, teamA, sh('2026-10-20', '10:00'), { satisfaction: 'AVERAGE', score: 3 });
  const f3 = followUp(b1.staff.id, teamB, sh('2026-11-10', '10:00'), { trigger: 'COMPLAINT', sourceId: k4.id, sourceCategoryId: category.PRICE, satisfaction: 'UNSATISFIED', score: 1 });
  const f4 = followUp(a1.staff.id, teamA, sh('2026-11-11', '10:00'), { satisfaction: 'SATISFIED', score: 4 });
  const archived = followUp(a2.staff.id, teamA, sh('2026-11-12', '10:00'), { satisfaction: 'SATISFIED', score: 5, archivedAt: sh('2026-11-13', '10:00') });
  const open = followUp(a1.staff.id, teamA, sh('2026-11-13', '10:00'), { status: 'OPEN', completedAt: null });
  await ds.getRepository(FollowUp).insert([f1, f2, f3, f4, archived, open]);
  await ds.getRepository(FollowUpAttempt).insert({
    id: newId(),
    followUpId: f1.id,
    at: sh('2026-10-08', '09:50'),
    outcome: 'REACHED',
    appointmentAt: null,
    identityVerified: true,
    note: null,
    actorId: a1.staff.id,
  });

  const interaction = (staffId: string, occurredAt: Date) =>
    Object.assign(new Interaction(), {
      ...newRecord(occurredAt),
      customerId: customer.id,
      contactId: null,
      staffId,
      channel: 'PHONE',
      direction: 'INBOUND',
      summary: '咨询保养周期',
      outcome: 'INFO_GIVEN',
      occurredAt,
      archivedAt: null,
    });
  await ds
    .getRepository(Interaction)
    .insert([
      interaction(a1.staff.id, sh('2026-10-02', '09:00')),
      interaction(a1.staff.id, sh('2026-10-03', '09:00')),
      interaction(a1.staff.id, sh('2026-11-20', '09:00')),
      interaction(b1.staff.id, sh('2026-11-21', '09:00')),
    ]);

  return { teamA, teamB, a1, a2, b1, leader, manager, qa, admin, category, complaints: { k1, k2, k3, k4 } };
}
