import type { EntityManager } from 'typeorm';
import { newId } from '../../shared/ids';
import { QualityEvaluation, QualityEvaluationScore } from '../quality';

/** An evaluation as the summaries read it: for tests, the benchmark and the demo data (the quality module writes real ones). */
export interface EvaluationRow {
  agentId: string;
  teamId: string | null;
  inspectorId: string;
  month: string;
  status: string;
  total: number;
  submittedAt: Date;
  scores: ReadonlyArray<{ dimension: string; score: number; maxScore: number; comment?: string | null }>;
}

/** Inserts evaluations and their scores in a few multi-row statements. */
export async function insertEvaluationRows(manager: EntityManager, rows: readonly EvaluationRow[]): Promise<string[]> {
  const evaluations: Array<Partial<QualityEvaluation>> = [];
  const scores: Array<Partial<QualityEvaluationScore>> = [];
  for (const row of rows) {
    const id = newId(row.submittedAt.getTime());
    evaluations.push({
      id, version: 1, createdAt: row.submittedAt, updatedAt: row.submittedAt, templateId: 'default', templateVersion: 1, agentId: row.agentId, teamId: row.teamId, inspectorId: row.inspectorId,
      subjectKind: 'INTERACTION', subjectId: newId(), channel: 'PHONE', month: row.month, status: row.status as QualityEvaluation['status'], total: row.total, weightedTotal: row.total,
      criticalFailed: false, criticalFailures: null, comment: null, submittedAt: row.status === 'DRAFT' ? null : row.submittedAt,
    } as Partial<QualityEvaluation>);
    for (const s of row.scores) scores.push({ id: newId(), evaluationId: id, dimension: s.dimension, score: s.score, maxScore: s.maxScore, weight: 20, comment: s.comment ?? null } as Partial<QualityEvaluationScore>);
  }
  for (let i = 0; i < evaluations.length; i += 500) await manager.insert(QualityEvaluation, evaluations.slice(i, i + 500) as never);
  for (let i = 0; i < scores.length; i += 1000) await manager.insert(QualityEvaluationScore, scores.slice(i, i + 1000) as never);
  return evaluations.map((e) => e.id as string);
}
