import { addLocalDays, localDateIn } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { computeAssessmentsIn } from '../../modules/assessment';
import { TrainingPlan, TrainingPlanAgent } from '../../modules/quality-summary/training-plan.entity';
import { TrainingResult, TrainingSession } from '../../modules/quality-summary/training-session.entity';
import { Staff } from '../../modules/staff/staff.entity';
import { newRecord } from '../../shared/new-record';

/**
 * 培训计划 and 月考核 of the demo: a service-language training planned from last month's summary, held
 * last week with attendance and exam scores; an earlier one on tone, archived; and last month's
 * assessment of every agent, computed from the demo's evaluations, follow-ups, complaints and
 * attendance (so it runs after those seeds), left for the manager to confirm.
 */
export async function seedDemoQualitySummary(manager: EntityManager, now: Date, timeZone: string, managerId: string): Promise<void> {
  const agents = await manager.find(Staff, { where: { role: 'AGENT', active: true }, select: { id: true }, order: { username: 'ASC' } });
  if (agents.length === 0) return;
  const today = localDateIn(timeZone, now);
  const lastMonth = addLocalDays(`${today.slice(0, 7)}-01`, -1);
  const trained = agents.slice(0, Math.min(4, agents.length)).map((a) => a.id);

  const current = Object.assign(new TrainingPlan(), {
    ...newRecord(now), topic: '服务用语规范专项培训（开场白、结束语、禁用语）', dimension: 'SERVICE_LANGUAGE', plannedOn: addLocalDays(today, -7),
    note: '上月质检汇总：服务用语得分最低，常见问题为“未使用标准开场白”“结束语不规范”。', status: 'PLANNED', sourcePeriodKind: 'MONTH', sourcePeriodStart: `${lastMonth.slice(0, 7)}-01`,
    createdById: managerId, archivedAt: null, archivedById: null,
  });
  const earlier = Object.assign(new TrainingPlan(), {
    ...newRecord(now), topic: '语气语调与情绪安抚', dimension: 'TONE', plannedOn: addLocalDays(today, -40), note: '周质检汇总：语速过快、语气生硬。', status: 'ARCHIVED',
    sourcePeriodKind: 'WEEK', sourcePeriodStart: addLocalDays(today, -47), createdById: managerId, archivedAt: now, archivedById: managerId,
  });
  await manager.insert(TrainingPlan, [current, earlier]);
  await manager.insert(TrainingPlanAgent, [...trained.map((staffId) => ({ planId: current.id, staffId })), ...trained.slice(0, 2).map((staffId) => ({ planId: earlier.id, staffId }))]);
  const session = Object.assign(new TrainingSession(), { ...newRecord(now), planId: current.id, heldOn: current.plannedOn, note: '培训室 A，主讲：质检组；含笔试', recordedById: managerId });
  const oldSession = Object.assign(new TrainingSession(), { ...newRecord(now), planId: earlier.id, heldOn: earlier.plannedOn, note: '案例录音回放与点评', recordedById: managerId });
  await manager.insert(TrainingSession, [session, oldSession]);
  const scores = [92.5, 86, 78.5];
  await manager.insert(TrainingResult, [
    ...trained.map((staffId, i) => (i < 3 ? { sessionId: session.id, staffId, attended: true, examScore: scores[i] } : { sessionId: session.id, staffId, attended: false, examScore: null })),
    ...trained.slice(0, 2).map((staffId, i) => ({ sessionId: oldSession.id, staffId, attended: true, examScore: 88 + i * 5 })),
  ]);

  await computeAssessmentsIn(manager, { viewer: { id: managerId, role: 'DEPT_MANAGER' } as never }, { month: lastMonth.slice(0, 7) }, timeZone, now);
}
