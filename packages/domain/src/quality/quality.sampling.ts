import type { Violation } from '../violation';
import type { EvaluatedKind } from './quality.types';

/** A record of the month an agent handled, as the sampler sees it. */
export interface SampleCandidate {
  kind: EvaluatedKind;
  id: string;
  agentId: string;
  /** Phone, online, visit …: the sample spreads over them. */
  channel: string;
  /** A complaint, or a follow-up whose customer was unsatisfied: weighted up. */
  flagged: boolean;
}

export interface SamplingPolicy {
  minPerAgent: number;
  maxPerAgent: number;
  /** How much likelier a flagged record is to be drawn than an ordinary one. */
  flaggedWeight: number;
}

/** FNV-1a: a stable 32-bit hash, so a month and a seed always draw the same sample. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The records proposed for one agent this month: `minPerAgent` of them (fewer when the agent handled
 * fewer), drawn without replacement, flagged ones `flaggedWeight` times likelier, and a channel
 * already drawn half as likely again, so the sample spreads across channels. The same month, seed
 * and candidates always give the same sample, whatever order the candidates come in.
 */
export function sampleForAgent(candidates: readonly SampleCandidate[], policy: SamplingPolicy, month: string, seed: string): SampleCandidate[] {
  if (candidates.length === 0) return [];
  const pool = [...candidates].sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
  const random = generator(hash(`${month}:${seed}:${pool[0].agentId}`));
  const drawnPerChannel = new Map<string, number>();
  const drawn: SampleCandidate[] = [];
  while (drawn.length < policy.minPerAgent && pool.length > 0) {
    const weights = pool.map((c) => (c.flagged ? policy.flaggedWeight : 1) / 2 ** (drawnPerChannel.get(c.channel) ?? 0));
    let point = random() * weights.reduce((sum, w) => sum + w, 0);
    let index = 0;
    while (index < pool.length - 1 && point >= weights[index]) {
      point -= weights[index];
      index += 1;
    }
    const [chosen] = pool.splice(index, 1);
    drawn.push(chosen);
    drawnPerChannel.set(chosen.channel, (drawnPerChannel.get(chosen.channel) ?? 0) + 1);
  }
  return drawn;
}

/** The month's proposals for every active agent, by agent id. */
export function sampleMonth(candidates: readonly SampleCandidate[], agentIds: readonly string[], policy: SamplingPolicy, month: string, seed: string): Map<string, SampleCandidate[]> {
  const byAgent = new Map<string, SampleCandidate[]>(agentIds.map((id) => [id, []]));
  for (const c of candidates) byAgent.get(c.agentId)?.push(c);
  return new Map([...byAgent].map(([agentId, own]) => [agentId, sampleForAgent(own, policy, month, seed)]));
}

export const QUOTA_STATUSES = ['UNDER', 'DONE', 'OVER'] as const;
export type QuotaStatus = (typeof QUOTA_STATUSES)[number];

/** Where an agent stands against the month's quota of evaluations. */
export function quotaStatus(evaluations: number, policy: Pick<SamplingPolicy, 'minPerAgent' | 'maxPerAgent'>): QuotaStatus {
  if (evaluations < policy.minPerAgent) return 'UNDER';
  return evaluations > policy.maxPerAgent ? 'OVER' : 'DONE';
}

/** An evaluation beyond the monthly maximum needs the inspector's reason. */
export function checkQuotaExcess(evaluationsBefore: number, policy: Pick<SamplingPolicy, 'maxPerAgent'>, reason: string | null | undefined): Violation[] {
  if (evaluationsBefore < policy.maxPerAgent || (reason?.trim() ?? '') !== '') return [];
  return [{ rule: 'quotaExceededNeedsReason', field: 'overQuotaReason', params: { max: policy.maxPerAgent } }];
}
