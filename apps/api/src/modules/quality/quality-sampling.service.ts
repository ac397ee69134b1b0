import {
  monthBoundaries,
  monthsBetween,
  type QuotaStatus,
  qualityPolicy,
  quotaStatus,
  type SampleCandidate,
  sampleMonth,
  validateMonthRange,
} from '@sanxin/domain';
import { In } from 'typeorm';
import { assertValid } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { assertCan } from '../../shared/viewer';
import { Complaint } from '../complaint';
import { FollowUp, FollowUpAttempt } from '../follow-up';
import { Interaction } from '../interaction';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import { QualityEvaluation } from './quality-evaluation.entity';
import { type QualityContext, seesAllEvaluations } from './quality-evaluation.service';

export interface SampleProposal extends SampleCandidate {
  /** The evaluation already made of it, if any (the sample stays the same while the inspector works through it). */
  evaluationId: string | null;
}

export interface AgentQuota {
  agentId: string;
  /** Evaluations of the agent's records of the month, drafts included (they count against the maximum). */
  evaluations: number;
  quotaStatus: QuotaStatus;
  minPerAgent: number;
  maxPerAgent: number;
  proposals: SampleProposal[];
}

/** Every record of the month an agent handled, as the sampler sees it; complaints and unsatisfied follow-ups flagged. */
async function candidatesOf(ctx: QualityContext, agentIds: string[], start: Date, end: Date): Promise<SampleCandidate[]> {
  if (agentIds.length === 0) return [];
  const manager = ctx.dataSource.manager;
  const interactions = await manager
    .createQueryBuilder(Interaction, 'i')
    .select(['i.id', 'i.staffId', 'i.channel'])
    .where('i.staffId IN (:...agentIds) AND i.occurredAt >= :start AND i.occurredAt < :end AND i.archivedAt IS NULL', { agentIds, start, end })
    .getMany();
  const complaints = await manager
    .createQueryBuilder(Complaint, 'c')
    .select(['c.id', 'c.ownerId', 'c.channel'])
    .where('c.ownerId IN (:...agentIds) AND c.receivedAt >= :start AND c.receivedAt < :end', { agentIds, start, end })
    .getMany();
  const attempts: Array<{ id: string; actorId: string; satisfaction: string | null }> = await manager
    .createQueryBuilder(FollowUpAttempt, 'a')
    .innerJoin(FollowUp, 'f', 'f.id = a.followUpId')
    .select('a.id', 'id')
    .addSelect('a.actorId', 'actorId')
    .addSelect('f.satisfaction', 'satisfaction')
    .where('a.actorId IN (:...agentIds) AND a.at >= :start AND a.at < :end', { agentIds, start, end })
    .getRawMany();
  return [
    ...interactions.map((i): SampleCandidate => ({ kind: 'INTERACTION', id: i.id, agentId: i.staffId, channel: i.channel, flagged: false })),
    ...complaints.map((c): SampleCandidate => ({ kind: 'COMPLAINT', id: c.id, agentId: c.ownerId, channel: c.channel, flagged: true })),
    ...attempts.map(
      (a): SampleCandidate => ({ kind: 'FOLLOW_UP_ATTEMPT', id: a.id, agentId: a.actorId, channel: 'PHONE', flagged: a.satisfaction === 'UNSATISFIED' }),
    ),
  ];
}

/**
 * 抽检: per active agent, the domain sampler's proposals among the month's records (the same month and
 * seed always propose the same records) and where the agent stands against the quota.
 */
export async function qualityQueue(ctx: QualityContext, month: string, seed: string): Promise<AgentQuota[]> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'create');
  assertValid(validateMonthRange(month, month).map((v) => ({ ...v, field: 'month' })));
  const [start, end] = monthBoundaries([month], ctx.timeZone);
  const policy = qualityPolicy(await readSettings(ctx.dataSource.manager));
  const agents = await ctx.dataSource.manager.find(Staff, {
    where: { role: 'AGENT', active: true },
    select: { id: true, name: true },
    order: { name: 'ASC', id: 'ASC' },
  });
  const agentIds = agents.map((a) => a.id);
  const candidates = await candidatesOf(ctx, agentIds, start, end);
  const evaluations = agentIds.length
    ? await ctx.dataSource.manager.find(QualityEvaluation, {
        where: { month, agentId: In(agentIds) },
        select: { id: true, agentId: true, subjectKind: true, subjectId: true },
      })
    : [];
  const evaluationOf = new Map(evaluations.map((e) => [`${e.subjectKind}:${e.subjectId}`, e.id]));
  const samples = sampleMonth(candidates, agentIds, policy, month, seed);
  return agentIds.map((agentId) => {
    const count = evaluations.filter((e) => e.agentId === agentId).length;
    return {
      agentId,
      evaluations: count,
      quotaStatus: quotaStatus(count, policy),
      minPerAgent: policy.minPerAgent,
      maxPerAgent: policy.maxPerAgent,
      proposals: (samples.get(agentId) ?? []).map((c) => ({ ...c, evaluationId: evaluationOf.get(`${c.kind}:${c.id}`) ?? null })),
    };
  });
}

/**
 * How many active agents are under the month's quota: what `qualityQueue` answers as UNDER, counted in
 * one statement (the home screen's item) without drawing the sampler's proposals.
 */
export async function agentsUnderQuota(ctx: QualityContext, month: string): Promise<number> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'create');
  assertValid(validateMonthRange(month, month).map((v) => ({ ...v, field: 'month' })));
  const policy = qualityPolicy(await readSettings(ctx.dataSource.manager));
  const [row]: Array<{ agents: number | string }> = await ctx.dataSource.query(
    `SELECT COUNT(*) AS agents FROM staff s
      WHERE s.role = 'AGENT' AND s.active = ? AND (SELECT COUNT(*) FROM quality_evaluation e WHERE e.agent_id = s.id AND e.month = ?) < ?`,
    [true, month, policy.minPerAgent],
  );
  return Number(row.agents);
}

export interface MonthlyQuality {
  month: string;
  /** Average total of the month's evaluations (drafts left out), one decimal; null without any. */
  averageTotal: number | null;
  evaluations: number;
}

/** 我的质检: the average total per month of one agent (the viewer, unless QA or a manager asks about another). */
export async function qualityTrend(ctx: ServiceContext, fromMonth: string, toMonth: string, agentId?: string | null): Promise<MonthlyQuality[]> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'list');
  assertValid(validateMonthRange(fromMonth, toMonth));
  const who = agentId && seesAllEvaluations(ctx) ? agentId : ctx.viewer.id;
  const rows: Array<{ month: string; average: string | number | null; evaluations: string | number }> = await ctx.dataSource
    .getRepository(QualityEvaluation)
    .createQueryBuilder('e')
    .select('e.month', 'month')
    .addSelect('AVG(e.total)', 'average')
    .addSelect('COUNT(*)', 'evaluations')
    .where("e.agentId = :who AND e.month >= :fromMonth AND e.month <= :toMonth AND e.status <> 'DRAFT'", { who, fromMonth, toMonth })
    .groupBy('e.month')
    .getRawMany();
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsBetween(fromMonth, toMonth).map((month) => {
    const row = byMonth.get(month);
    return { month, averageTotal: row?.average == null ? null : Math.round(Number(row.average) * 10) / 10, evaluations: Number(row?.evaluations ?? 0) };
  });
}
