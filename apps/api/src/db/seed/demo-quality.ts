import { DEFAULT_SCORECARD, localDate, monthBoundaries, scoreEvaluation } from '@sanxin/domain';
import { Between, type EntityManager, In } from 'typeorm';
import { Interaction } from '../../modules/interaction/interaction.entity';
import { QualityEvaluation, QualityEvaluationScore } from '../../modules/quality';
import { ScorecardTemplate } from '../../modules/quality/scorecard-template.entity';
import { Staff } from '../../modules/staff/staff.entity';
import { newId } from '../../shared/ids';
import { createRandom } from './random';

const COMMENTS: Record<string, string[]> = {
  SERVICE_LANGUAGE: ['开场白和结束语规范', '未使用“请稍等”等标准用语', '称呼客户规范'],
  ATTITUDE: ['耐心解答，态度诚恳', '客户情绪激动时略显急躁', '主动致歉，态度良好'],
  TONE: ['语速适中，语气亲切', '语调平淡，缺少热情', '语速偏快'],
  NEEDS_SUMMARY: ['准确复述客户诉求', '未确认客户的核心需求', '归纳清楚，记录完整'],
  ADAPTABILITY: ['灵活处理客户的额外问题', '遇到不会的问题没有及时转接', '妥善安抚客户情绪'],
};
const DISPUTES = ['客户中途挂断，并非我未做结束语', '当时系统故障，只能请客户稍后再来电'];

/**
 * 质检 demo: the three months before this one, one to three evaluations per agent and month (within
 * the quota of 1–5), scored by `qa` on the default scorecard. Most are acknowledged; `agent` has one
 * dispute waiting for the manager and `agent2` one the manager revised. This month stays open for the
 * inspector's queue.
 */
export async function seedDemoQuality(manager: EntityManager, now: Date, timeZone: string): Promise<void> {
  const random = createRandom(1313);
  const template = await manager.findOneBy(ScorecardTemplate, { active: true });
  const inspector = await manager.findOneBy(Staff, { username: 'qa' });
  const decider = await manager.findOneBy(Staff, { username: 'manager' });
  if (!template || !inspector || !decider) return;
  const agents = await manager.find(Staff, { where: { role: 'AGENT' }, order: { username: 'ASC' } });
  const thisMonth = localDate(now, timeZone).slice(0, 7);
  const [year, month] = thisMonth.split('-').map(Number);
  const months = [3, 2, 1].map((back) => {
    const d = new Date(Date.UTC(year, month - 1 - back, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
  const evaluations: QualityEvaluation[] = [];
  const scores: QualityEvaluationScore[] = [];
  const disputed = new Map<string, number>([
    ['agent', 0],
    ['agent2', 1],
  ]);
  for (const monthKey of months) {
    const [start, end] = monthBoundaries([monthKey], timeZone);
    const records = await manager.find(Interaction, {
      where: { staffId: In(agents.map((a) => a.id)), occurredAt: Between(start, new Date(end.getTime() - 1)) },
      select: { id: true, staffId: true, channel: true, occurredAt: true },
      order: { id: 'ASC' },
    });
    for (const agent of agents) {
      const own = records.filter((r) => r.staffId === agent.id);
      for (const record of random.sample(own, random.int(1, 3))) {
        const values = Object.fromEntries(DEFAULT_SCORECARD.dimensions.map((d) => [d.code, random.int(Math.max(4, agent.skillLevel + 3), 10)]));
        const totals = scoreEvaluation(DEFAULT_SCORECARD, { scores: values, criticalFailures: [] });
        const submittedAt = new Date(Math.min(record.occurredAt.getTime() + 2 * 86_400_000, end.getTime() - 3_600_000));
        const id = newId(submittedAt.getTime());
        const dispute = disputed.get(agent.username);
        const isDispute = dispute !== undefined && monthKey === months[2] && !evaluations.some((e) => e.agentId === agent.id && e.disputeReason);
        const revised = isDispute && dispute === 1;
        const status = isDispute ? (revised ? 'REVISED' : 'DISPUTED') : 'ACKNOWLEDGED';
        if (revised) values.NEEDS_SUMMARY = Math.min(10, values.NEEDS_SUMMARY + 2);
        const final = revised ? scoreEvaluation(DEFAULT_SCORECARD, { scores: values, criticalFailures: [] }) : totals;
        evaluations.push(
          Object.assign(new QualityEvaluation(), {
            id,
            version: isDispute ? (revised ? 4 : 3) : 3,
            createdAt: submittedAt,
            updatedAt: submittedAt,
            templateId: template.id,
            templateVersion: template.currentVersion,
            agentId: agent.id,
            teamId: agent.teamId,
            inspectorId: inspector.id,
            subjectKind: 'INTERACTION' as const,
            subjectId: record.id,
            channel: record.channel,
            month: monthKey,
            status,
            total: final.total,
            weightedTotal: final.weightedTotal,
            criticalFailed: false,
            criticalFailures: null,
            comment: random.pick(['整体表现良好', '基本符合服务规范', '需加强需求归纳', '服务热情，继续保持']),
            submittedAt,
            acknowledgedAt: isDispute ? null : new Date(submittedAt.getTime() + 3_600_000),
            disputeReason: isDispute ? DISPUTES[dispute ?? 0] : null,
            disputedAt: isDispute ? new Date(submittedAt.getTime() + 3_600_000) : null,
            decidedById: revised ? decider.id : null,
            decidedAt: revised ? new Date(submittedAt.getTime() + 7_200_000) : null,
            decisionReason: revised ? '复听录音，客户诉求已复述，改分' : null,
            overQuotaReason: null,
          }),
        );
        for (const d of DEFAULT_SCORECARD.dimensions) {
          scores.push({
            id: newId(submittedAt.getTime()),
            evaluationId: id,
            dimension: d.code,
            score: values[d.code],
            maxScore: d.maxScore,
            weight: d.weight,
            comment: random.chance(0.4) ? random.pick(COMMENTS[d.code] ?? ['']) : null,
          });
        }
      }
    }
  }
  for (let i = 0; i < evaluations.length; i += 200) await manager.insert(QualityEvaluation, evaluations.slice(i, i + 200));
  for (let i = 0; i < scores.length; i += 500) await manager.insert(QualityEvaluationScore, scores.slice(i, i + 500));
}
