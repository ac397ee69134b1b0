import { checkEvaluationReason, type EvaluationAction, validateEvaluationInput } from '@sanxin/domain';
import type { RaRecord } from 'react-admin';
import { templateOf } from '../../quality/scorecardDraft';
import type { StepSpec } from '../../workflow/WorkflowButtons';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const REASON = { name: 'reason', label: 'app.quality.reason', type: 'multiline' as const, required: true };
const reasonRule = (values: Record<string, string>) => checkEvaluationReason(values.reason);

/** The scores an evaluation record carries (the detail query's), by dimension. */
const scoresOf = (record: RaRecord): Record<string, number> =>
  Object.fromEntries(((record.scores ?? []) as { dimension: string; score: number }[]).map((s) => [s.dimension, s.score]));

/** 改分: one field per dimension, holding its current score; only the changed ones are sent, with the reason. */
function reviseStep(record: RaRecord, translate: Translate): StepSpec {
  const current = scoresOf(record);
  const dimensions = (record.template?.dimensions ?? []) as { code: string; maxScore: number }[];
  const asScores = (values: Record<string, string>) =>
    Object.fromEntries(dimensions.map((d) => [d.code, values[d.code] === '' ? Number.NaN : Number(values[d.code])]));
  return {
    fields: [
      ...dimensions.map((d) => ({
        name: d.code,
        label: `${translate(`sanxin.enums.qualityDimension.${d.code}`, { _: d.code })} (0–${d.maxScore})`,
        type: 'integer' as const,
        required: true,
        defaultValue: String(current[d.code] ?? ''),
      })),
      REASON,
    ],
    validate: (values) => [
      ...(record.template
        ? validateEvaluationInput(templateOf(record.template), { scores: asScores(values), criticalFailures: record.criticalFailures ?? [] })
        : []),
      ...reasonRule(values),
    ],
    mutation: 'reviseQualityEvaluation',
    variables: (values) => ({
      id: record.id,
      version: record.version,
      input: {
        scores: Object.entries(asScores(values))
          .filter(([code, score]) => score !== current[code])
          .map(([dimension, score]) => ({ dimension, score })),
        reason: values.reason,
      },
    }),
  };
}

/** Each step's dialog: submit and acknowledge only confirm; a dispute and a manager's decision say why. */
export function evaluationStep(action: EvaluationAction, record: RaRecord, translate: Translate): StepSpec {
  const base = { id: record.id, version: record.version };
  switch (action) {
    case 'submit':
      return { confirmText: translate('app.quality.confirm.submit'), mutation: 'submitQualityEvaluation', variables: () => ({ ...base, input: {} }) };
    case 'acknowledge':
      return { confirmText: translate('app.quality.confirm.acknowledge'), mutation: 'acknowledgeQualityEvaluation', variables: () => base };
    case 'dispute':
      return {
        fields: [REASON],
        validate: reasonRule,
        mutation: 'disputeQualityEvaluation',
        variables: (values) => ({ ...base, input: { reason: values.reason } }),
      };
    case 'uphold':
      return {
        fields: [REASON],
        validate: reasonRule,
        mutation: 'upholdQualityEvaluation',
        variables: (values) => ({ ...base, input: { reason: values.reason } }),
      };
    case 'revise':
      return reviseStep(record, translate);
  }
}
