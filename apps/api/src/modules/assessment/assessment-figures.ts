import type { AssessmentFigures } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { Complaint } from '../complaint';
import { FollowUp } from '../follow-up';

export interface AgentFigures extends AssessmentFigures {
  qaEvaluations: number;
}

/** The evaluations an assessment counts: as the QA summary (submitted or later, never drafts). */
const COUNTED_STATUSES = ['SUBMITTED', 'ACKNOWLEDGED', 'DISPUTED', 'UPHELD', 'REVISED'];

const numberOf = (value: unknown) => Number(value ?? 0);

/**
 * The month's figures of every agent asked for, in five grouped statements whatever their number
 * (one per source table and part), each on an index led by the month or its time column:
 * - QA: mean total of the month's evaluations (quality_evaluation, by `month`);
 * - follow-up timeliness: follow-ups due in the month before `dueBefore` (now, mid-month), not cancelled,
 *   and how many were finished by their due time;
 * - complaint timeliness: complaints they own closed in the month, and how many by their deadline;
 * - satisfaction: follow-ups done in the month with an answer, and how many 满意;
 * - discipline: attendance violations of the month (attendance_violation, by `month`).
 */
export async function monthFigures(manager: EntityManager, month: string, staffIds: readonly string[], start: Date, end: Date, dueBefore: Date): Promise<Map<string, AgentFigures>> {
  const figures = new Map<string, AgentFigures>(
    staffIds.map((id) => [id, { qaAverage: null, qaEvaluations: 0, followUpsDue: 0, followUpsOnTime: 0, complaintsClosed: 0, complaintsWithinDeadline: 0, satisfactionAnswers: 0, satisfied: 0, violations: 0 }]),
  );
  if (staffIds.length === 0) return figures;
  const ids = [...staffIds];
  const of = (id: string) => figures.get(id) as AgentFigures;

  const qa: Array<{ staffId: string; n: string | number; average: string | number | null }> = await manager
    .createQueryBuilder()
    .from('quality_evaluation', 'e')
    .select('e.agent_id', 'staffId')
    .addSelect('COUNT(*)', 'n')
    .addSelect('AVG(COALESCE(e.total, 0))', 'average')
    .where('e.month = :month AND e.status IN (:...statuses) AND e.agent_id IN (:...ids)', { month, statuses: COUNTED_STATUSES, ids })
    .groupBy('e.agent_id')
    .getRawMany();
  for (const row of qa) Object.assign(of(row.staffId), { qaEvaluations: numberOf(row.n), qaAverage: row.average == null ? null : Math.round(Number(row.average) * 10) / 10 });

  const dueEnd = dueBefore < end ? dueBefore : end;
  const due: Array<{ staffId: string; due: string | number; onTime: string | number | null }> = await manager
    .getRepository(FollowUp)
    .createQueryBuilder('fu')
    .select('fu.assigneeId', 'staffId')
    .addSelect('COUNT(*)', 'due')
    .addSelect('SUM(CASE WHEN fu.completedAt IS NOT NULL AND fu.completedAt <= fu.dueAt THEN 1 ELSE 0 END)', 'onTime')
    .where("fu.status IN (:...statuses) AND fu.dueAt >= :start AND fu.dueAt < :dueEnd AND fu.archivedAt IS NULL AND fu.assigneeId IN (:...ids)", { statuses: ['OPEN', 'IN_PROGRESS', 'DONE', 'UNREACHABLE'], start, dueEnd, ids })
    .groupBy('fu.assigneeId')
    .getRawMany();
  for (const row of due) Object.assign(of(row.staffId), { followUpsDue: numberOf(row.due), followUpsOnTime: numberOf(row.onTime) });

  const complaints: Array<{ staffId: string; closed: string | number; inTime: string | number | null }> = await manager
    .getRepository(Complaint)
    .createQueryBuilder('c')
    .select('c.ownerId', 'staffId')
    .addSelect('COUNT(*)', 'closed')
    .addSelect('SUM(CASE WHEN c.closedAt <= c.dueAt THEN 1 ELSE 0 END)', 'inTime')
    .where('c.ownerId IN (:...ids) AND c.closedAt >= :start AND c.closedAt < :end', { ids, start, end })
    .groupBy('c.ownerId')
    .getRawMany();
  for (const row of complaints) Object.assign(of(row.staffId), { complaintsClosed: numberOf(row.closed), complaintsWithinDeadline: numberOf(row.inTime) });

  const satisfaction: Array<{ staffId: string; answers: string | number; satisfied: string | number | null }> = await manager
    .getRepository(FollowUp)
    .createQueryBuilder('fu')
    .select('fu.assigneeId', 'staffId')
    .addSelect('COUNT(*)', 'answers')
    .addSelect("SUM(CASE WHEN fu.satisfaction = 'SATISFIED' THEN 1 ELSE 0 END)", 'satisfied')
    .where("fu.status = 'DONE' AND fu.completedAt >= :start AND fu.completedAt < :end AND fu.satisfaction IS NOT NULL AND fu.archivedAt IS NULL AND fu.assigneeId IN (:...ids)", { start, end, ids })
    .groupBy('fu.assigneeId')
    .getRawMany();
  for (const row of satisfaction) Object.assign(of(row.staffId), { satisfactionAnswers: numberOf(row.answers), satisfied: numberOf(row.satisfied) });

  const violations: Array<{ staffId: string; n: string | number }> = await manager
    .createQueryBuilder()
    .from('attendance_violation', 'v')
    .select('v.staff_id', 'staffId')
    .addSelect('COUNT(*)', 'n')
    .where('v.month = :month AND v.staff_id IN (:...ids)', { month, ids })
    .groupBy('v.staff_id')
    .getRawMany();
  for (const row of violations) of(row.staffId).violations = numberOf(row.n);
  return figures;
}
