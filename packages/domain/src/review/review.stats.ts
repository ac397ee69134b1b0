import { localDateIn } from '../shared/local-date';
import type { PendingChangeStatus, ReviewPeriod } from './review.types';

/** What statistics need of a pending change. */
export interface ReviewFact {
  submittedById: string;
  submittedAt: Date;
  status: PendingChangeStatus;
  decidedAt: Date | null;
}

/** One operator's figures for one day or month (by the day the change was submitted, in the department's zone). */
export interface OperatorReviewStats {
  operatorId: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  period: string;
  submitted: number;
  approved: number;
  rejected: number;
  withdrawn: number;
  pending: number;
  /** Rejected ÷ decided (approved + rejected), 0–1 to four places; null when nothing was decided. */
  errorRate: number | null;
  /** Submission → decision of the decided ones, in minutes (one decimal); null when nothing was decided. */
  medianCycleMinutes: number | null;
  averageCycleMinutes: number | null;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Per operator (the person who submitted) and period: changes submitted, how they were decided, the
 * error rate (复核差错率) and the cycle time. Withdrawn changes count as submitted but not as decided.
 * Sorted by period, then operator.
 */
export function operatorReviewStats(facts: readonly ReviewFact[], period: ReviewPeriod, timeZone: string): OperatorReviewStats[] {
  const groups = new Map<string, { operatorId: string; period: string; facts: ReviewFact[] }>();
  for (const fact of facts) {
    const day = localDateIn(timeZone, fact.submittedAt);
    const key = period === 'DAY' ? day : day.slice(0, 7);
    const groupKey = `${key}\u0000${fact.submittedById}`;
    const group = groups.get(groupKey) ?? { operatorId: fact.submittedById, period: key, facts: [] };
    group.facts.push(fact);
    groups.set(groupKey, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.period === b.period ? a.operatorId.localeCompare(b.operatorId) : a.period.localeCompare(b.period)))
    .map(({ operatorId, period: key, facts: group }) => {
      const count = (status: PendingChangeStatus) => group.filter((f) => f.status === status).length;
      const approved = count('APPROVED');
      const rejected = count('REJECTED');
      const cycles = group
        .filter((f) => (f.status === 'APPROVED' || f.status === 'REJECTED') && f.decidedAt)
        .map((f) => (f.decidedAt!.getTime() - f.submittedAt.getTime()) / 60_000);
      const mid = median(cycles);
      return {
        operatorId,
        period: key,
        submitted: group.length,
        approved,
        rejected,
        withdrawn: count('WITHDRAWN'),
        pending: count('PENDING'),
        errorRate: approved + rejected ? round(rejected / (approved + rejected), 4) : null,
        medianCycleMinutes: mid === null ? null : round(mid, 1),
        averageCycleMinutes: cycles.length ? round(cycles.reduce((a, b) => a + b, 0) / cycles.length, 1) : null,
      };
    });
}
