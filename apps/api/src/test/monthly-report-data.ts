import { type DataSource, Like } from 'typeorm';
import { QualityEvaluation } from '../modules/quality/quality-evaluation.entity';
import { computeDay } from '../modules/report';
import { ReportDailyRollup } from '../modules/report/report-rollup.entity';
import { Team } from '../modules/team';
import { newId } from '../shared/ids';
import { newRecord } from '../shared/new-record';
import { makeComplaint } from './factories';
import { sh } from './report-data';
import type { TestApp } from './test-app';

/**
 * The complaints' own roll-up rows of these days (received and closed, by category) as the job computes
 * them, replacing those there; the other hand-written rows of the days stay.
 */
export async function rollUpComplaints(ds: DataSource, days: string[]): Promise<void> {
  for (const day of days) {
    const rows = (await computeDay(ds.manager, day, 'Asia/Shanghai', sh('2026-12-02', '10:00'))).filter((row) => row.metric.startsWith('complaint'));
    await ds.getRepository(ReportDailyRollup).delete({ day, metric: Like('complaint%') });
    if (rows.length) await ds.getRepository(ReportDailyRollup).insert(rows);
  }
}

/**
 * The monthly report's hand-built data set: team 一组 (agents a1 王芳, a2 李娜, leader 刘洋), team 二组
 * (agent b1 张伟), the reported month 2026-11, the month before and the same month a year before. Raw
 * complaints and QA evaluations; the roll-up rows are written by hand (the roll-up itself is proven
 * in report-rollup.test.ts). The expected figures in monthly-report.test.ts are counted from these rows.
 */
export async function buildMonthlyReportData(t: TestApp) {
  const ds = t.dataSource;
  const at = sh('2025-10-01', '08:00');
  const teamA = newId();
  const teamB = newId();
  await ds.getRepository(Team).insert([
    { ...newRecord(at), id: teamA, name: '坐席一组' },
    { ...newRecord(at), id: teamB, name: '坐席二组' },
  ]);
  const [a1, a2, b1, leader, leaderB, manager, director, qa] = await Promise.all([
    t.staffWithToken('AGENT', { teamId: teamA, name: '王芳' }),
    t.staffWithToken('AGENT', { teamId: teamA, name: '李娜' }),
    t.staffWithToken('AGENT', { teamId: teamB, name: '张伟' }),
    t.staffWithToken('SHIFT_LEADER', { teamId: teamA, name: '刘洋' }),
    t.staffWithToken('SHIFT_LEADER', { teamId: teamB, name: '赵敏' }),
    t.staffWithToken('DEPT_MANAGER', { name: '陈静' }),
    t.staffWithToken('CENTER_DIRECTOR', { name: '孙强' }),
    t.staffWithToken('QA_INSPECTOR', { name: '杨磊' }),
  ]);

  const complaint = async (ownerId: string, category: string, received: Date, closed: Date | null, due: Date, extra: Record<string, unknown> = {}) => {
    const c = await makeComplaint(ds, { ownerId, receivedAt: received, categoryCode: category });
    await ds
      .createQueryBuilder()
      .update('complaint')
      .set({ closedAt: closed, dueAt: due, status: closed ? 'CLOSED' : 'RECEIVED', ...extra })
      .where('id = :id', { id: c.id })
      .execute();
    return c;
  };
  const n1 = await complaint(a1.staff.id, 'QUALITY', sh('2026-11-03', '09:00'), sh('2026-11-03', '11:00'), sh('2026-11-04', '09:00'));
  const n2 = await complaint(a1.staff.id, 'QUALITY', sh('2026-11-10', '09:00'), sh('2026-11-10', '19:00'), sh('2026-11-10', '12:00'), {
    severity: 'HIGH',
    urgeCount: 2,
    escalationLevel: 2,
  });
  const n3 = await complaint(a2.staff.id, 'PRICE', sh('2026-11-20', '08:00'), sh('2026-11-20', '12:00'), sh('2026-11-21', '08:00'));
  const n4 = await complaint(a2.staff.id, 'QUALITY', sh('2026-11-28', '10:00'), null, sh('2026-11-29', '10:00'));
  await complaint(b1.staff.id, 'PRICE', sh('2026-11-15', '10:00'), null, sh('2026-11-16', '10:00'), { severity: 'CRITICAL' });
  await complaint(a1.staff.id, 'QUALITY', sh('2026-10-05', '10:00'), sh('2026-10-06', '10:00'), sh('2026-10-06', '18:00'));
  await complaint(a1.staff.id, 'QUALITY', sh('2026-10-06', '10:00'), sh('2026-10-07', '10:00'), sh('2026-10-07', '18:00'));
  await complaint(a2.staff.id, 'PRICE', sh('2025-11-10', '10:00'), sh('2025-11-11', '10:00'), sh('2025-11-11', '18:00'));
  await complaint(a2.staff.id, 'PRICE', sh('2025-11-12', '09:00'), sh('2025-11-12', '15:00'), sh('2025-11-12', '18:00'));

  const rollup = (day: string, teamId: string, staffId: string, metric: string, count: number) => ({ day, teamId, staffId, metric, count });
  await ds
    .getRepository(ReportDailyRollup)
    .insert([
      rollup('2026-11-03', teamA, a1.staff.id, 'interaction:PHONE:INBOUND:INFO_GIVEN', 5),
      rollup('2026-11-20', teamA, a2.staff.id, 'interaction:PHONE:INBOUND:INFO_GIVEN', 3),
      rollup('2026-11-10', teamA, a1.staff.id, 'escalation:1', 1),
      rollup('2026-11-10', teamA, a1.staff.id, 'escalation:2', 1),
      rollup('2026-11-10', teamA, a1.staff.id, 'urge', 2),
      rollup('2026-11-30', teamA, a2.staff.id, 'followUpDue', 4),
      rollup('2026-11-30', teamA, a2.staff.id, 'followUpDone', 3),
      rollup('2026-11-30', teamA, a2.staff.id, 'followUpOverdue', 1),
      rollup('2026-11-30', teamA, a2.staff.id, 'feedback:SATISFIED', 2),
      rollup('2026-11-30', teamA, a2.staff.id, 'feedback:UNSATISFIED', 1),
      rollup('2026-10-10', teamA, a1.staff.id, 'escalation:1', 2),
      rollup('2026-10-10', teamA, a1.staff.id, 'urge', 4),
      rollup('2025-11-10', teamA, a1.staff.id, 'escalation:1', 1),
      rollup('2026-11-15', teamB, b1.staff.id, 'interaction:PHONE:INBOUND:INFO_GIVEN', 7),
      rollup('2026-11-15', teamB, b1.staff.id, 'escalation:1', 5),
    ]);

  await rollUpComplaints(ds, ['2026-11-03', '2026-11-10', '2026-11-15', '2026-11-20', '2026-11-28', '2026-10-05', '2026-10-06', '2026-10-07', '2025-11-10', '2025-11-11', '2025-11-12']);

  const evaluation = (agentId: string, status: string, total: number | null, criticalFailures: string | null) =>
    Object.assign(new QualityEvaluation(), {
      ...newRecord(sh('2026-11-25', '10:00')),
      templateId: newId(),
      templateVersion: 1,
      agentId,
      teamId: teamA,
      inspectorId: qa.staff.id,
      subjectKind: 'INTERACTION',
      subjectId: newId(),
      channel: 'PHONE',
      month: '2026-11',
      status,
      total,
      weightedTotal: total,
      criticalFailed: criticalFailures !== null,
      criticalFailures,
      submittedAt: status === 'DRAFT' ? null : sh('2026-11-25', '10:00'),
    });
  const violation = evaluation(a1.staff.id, 'DISPUTED', 0, 'RUDE_LANGUAGE');
  await ds
    .getRepository(QualityEvaluation)
    .insert([violation, evaluation(a2.staff.id, 'ACKNOWLEDGED', 90, null), evaluation(a2.staff.id, 'DRAFT', null, null)]);

  return { teamA, teamB, a1, a2, b1, leader, leaderB, manager, director, qa, complaints: { n1, n2, n3, n4 }, violation };
}
