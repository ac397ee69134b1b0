import { agreedCalibrationScores, calibrationSpread, DEFAULT_SCORECARD, scoreEvaluation, SETTINGS } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { CalibrationParticipant } from '../../modules/calibration/calibration-participant.entity';
import { CalibrationScore } from '../../modules/calibration/calibration-score.entity';
import { CalibrationSession } from '../../modules/calibration/calibration-session.entity';
import { Interaction } from '../../modules/interaction/interaction.entity';
import { ScorecardTemplate } from '../../modules/quality/scorecard-template.entity';
import { Staff } from '../../modules/staff/staff.entity';
import { newId } from '../../shared/ids';

const DAY = 86_400_000;

/**
 * 质检校准 demo: the inspector `qa` and the director score two of `agent`'s calls blind. Last week's
 * session is agreed by `manager` after a disagreement on 服务态度; this week's is open, the director has
 * scored and `qa` still has to (their console shows it as awaiting them).
 */
export async function seedDemoCalibration(manager: EntityManager, now: Date): Promise<void> {
  const template = await manager.findOneBy(ScorecardTemplate, { active: true });
  const people = await manager.findBy(Staff, { username: In(['qa', 'director', 'manager', 'agent']) });
  const by = (username: string) => people.find((p) => p.username === username);
  const [qa, director, facilitator, agent] = [by('qa'), by('director'), by('manager'), by('agent')];
  if (!template || !qa || !director || !facilitator || !agent) return;
  const calls = await manager.find(Interaction, {
    where: { staffId: agent.id, channel: 'PHONE' },
    order: { occurredAt: 'DESC' },
    take: 2,
    select: { id: true },
  });
  if (calls.length < 2) return;
  const tolerancePercent = SETTINGS['quality.calibrationTolerance'].default;
  const base = {
    subjectKind: 'INTERACTION' as const,
    agentId: agent.id,
    templateId: template.id,
    templateVersion: template.currentVersion,
    tolerancePercent,
    openedById: facilitator.id,
    revealedAt: null,
    agreedAt: null,
    agreedById: null,
    agreedScores: null,
    agreedTotal: null,
    agreementNote: null,
    cancelledAt: null,
    cancelReason: null,
  };

  const openedAt = new Date(now.getTime() - 7 * DAY);
  const sheets = {
    [qa.id]: { SERVICE_LANGUAGE: 8, ATTITUDE: 5, TONE: 7, NEEDS_SUMMARY: 7, ADAPTABILITY: 8 },
    [director.id]: { SERVICE_LANGUAGE: 9, ATTITUDE: 8, TONE: 7, NEEDS_SUMMARY: 6, ADAPTABILITY: 8 },
  };
  const spread = calibrationSpread(DEFAULT_SCORECARD, Object.values(sheets), tolerancePercent);
  const note = '回听录音：客户两次打断时坐席语气平稳，未出现不耐烦，服务态度按 7 分计；需求归纳取中位数。';
  const { scores } = agreedCalibrationScores(spread, { ATTITUDE: 7 }, note);
  const agreedAt = new Date(openedAt.getTime() + 2 * DAY);
  const agreed = Object.assign(new CalibrationSession(), {
    ...base,
    id: newId(openedAt.getTime()),
    version: 5,
    createdAt: openedAt,
    updatedAt: agreedAt,
    subjectId: calls[1]?.id as string,
    topic: '客户多次打断时的服务态度',
    status: 'AGREED' as const,
    revealedAt: new Date(agreedAt.getTime() - 3_600_000),
    agreedAt,
    agreedById: facilitator.id,
    agreedScores: JSON.stringify(scores),
    agreedTotal: scoreEvaluation(DEFAULT_SCORECARD, { scores, criticalFailures: [] }).total,
    agreementNote: note,
  });
  const openAt = new Date(now.getTime() - DAY);
  const open = Object.assign(new CalibrationSession(), {
    ...base,
    id: newId(openAt.getTime()),
    version: 2,
    createdAt: openAt,
    updatedAt: new Date(openAt.getTime() + 3_600_000),
    subjectId: calls[0]?.id as string,
    topic: '开场白是否规范、是否复述客户诉求',
    status: 'OPEN' as const,
  });
  await manager.insert(CalibrationSession, [agreed, open]);
  await manager.insert(CalibrationParticipant, [
    { sessionId: agreed.id, inspectorId: qa.id, submittedAt: new Date(openedAt.getTime() + DAY) },
    { sessionId: agreed.id, inspectorId: director.id, submittedAt: new Date(openedAt.getTime() + DAY + 3_600_000) },
    { sessionId: open.id, inspectorId: qa.id, submittedAt: null },
    { sessionId: open.id, inspectorId: director.id, submittedAt: open.updatedAt },
  ]);
  const rows = (sessionId: string, inspectorId: string, sheet: Record<string, number>) =>
    Object.entries(sheet).map(([dimension, score]) => ({ sessionId, inspectorId, dimension, score }));
  await manager.insert(CalibrationScore, [
    ...rows(agreed.id, qa.id, sheets[qa.id] as Record<string, number>),
    ...rows(agreed.id, director.id, sheets[director.id] as Record<string, number>),
    ...rows(open.id, director.id, { SERVICE_LANGUAGE: 7, ATTITUDE: 8, TONE: 8, NEEDS_SUMMARY: 5, ADAPTABILITY: 7 }),
  ]);
}
