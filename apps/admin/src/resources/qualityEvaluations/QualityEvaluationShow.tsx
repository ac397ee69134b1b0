import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { EVALUATION_STATUSES } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  DateField,
  Labeled,
  Link,
  NumberField,
  RecordContextProvider,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { EvaluationDetail } from '../../quality/qualityQueries';
import { SubjectSummary } from '../../quality/SubjectSummary';
import { EvaluationButtons } from './EvaluationButtons';

const statuses = choicesOf(EVALUATION_STATUSES, 'evaluationStatus');

/** The evaluation with its scores: getOne leaves the lists out, so the detail is read again after each step (the version moves). */
function useEvaluationDetail() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [detail, setDetail] = useState<EvaluationDetail | null>(null);
  const id = record?.id ? String(record.id) : undefined;
  const version = record?.version;
  const reload = useCallback(() => {
    if (id) dataProvider.qualityEvaluationDetail(id).then(setDetail, () => setDetail(null));
  }, [dataProvider, id]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the record is what makes the detail stale
  useEffect(reload, [reload, version]);
  return detail;
}

const ScoresTable = ({ detail }: { detail: EvaluationDetail }) => {
  const translate = useTranslate();
  const maxOf = Object.fromEntries((detail.template?.dimensions ?? []).map((d) => [d.code, d.maxScore]));
  return (
    <Table size="small" aria-label={translate('app.quality.scores')} data-testid="evaluation-scores">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.quality.dimension')}</TableCell>
          <TableCell align="right">{translate('app.quality.score')}</TableCell>
          <TableCell>{translate('app.quality.comment')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {detail.scores.map((score) => (
          <TableRow key={score.dimension} data-dimension={score.dimension}>
            <TableCell>{translate(`sanxin.enums.qualityDimension.${score.dimension}`, { _: score.dimension })}</TableCell>
            <TableCell align="right" data-column="score">
              {score.score} / {maxOf[score.dimension] ?? ''}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{score.comment}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const EvaluationBody = () => {
  const translate = useTranslate();
  const detail = useEvaluationDetail();
  if (!detail) return null;
  return (
    <RecordContextProvider value={detail}>
      <TopToolbar sx={{ justifyContent: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
        {detail.status === 'DRAFT' && detail.availableActions.includes('SUBMIT') && (
          <Link to={`/quality/evaluations/${detail.id}/score`}>
            <Button label="app.quality.continueScoring">
              <EditIcon />
            </Button>
          </Link>
        )}
        <EvaluationButtons record={detail} />
      </TopToolbar>
      <CardContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 3fr' }, gap: 3 }}>
          <SubjectSummary kind={detail.subjectKind} id={detail.subjectId} />
          <Stack spacing={1.5}>
            <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
              <Labeled label="resources.qualityEvaluations.fields.agent">
                <TextField source="agent.name" />
              </Labeled>
              <Labeled label="resources.qualityEvaluations.fields.inspector">
                <TextField source="inspector.name" />
              </Labeled>
              <Labeled label="resources.qualityEvaluations.fields.status">
                <SelectField source="status" choices={statuses} />
              </Labeled>
              <Labeled label="resources.qualityEvaluations.fields.month">
                <TextField source="month" />
              </Labeled>
              <Labeled label="resources.qualityEvaluations.fields.submittedAt">
                <DateField source="submittedAt" showTime />
              </Labeled>
            </Stack>
            <Typography variant="h5" data-testid="evaluation-total">
              {translate('app.quality.total')}: <NumberField source="total" options={{ minimumFractionDigits: 1, maximumFractionDigits: 1 }} variant="h5" />
            </Typography>
            {detail.criticalFailed && (
              <Alert severity="error">{detail.criticalFailures.map((code) => translate(`sanxin.enums.criticalItem.${code}`, { _: code })).join('、')}</Alert>
            )}
            <ScoresTable detail={detail} />
            {(['comment', 'overQuotaReason', 'disputeReason', 'decisionReason'] as const).map((field) =>
              detail[field] ? (
                <Labeled key={field} label={`resources.qualityEvaluations.fields.${field}`}>
                  <TextField source={field} sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} />
                </Labeled>
              ) : null,
            )}
          </Stack>
        </Box>
      </CardContent>
    </RecordContextProvider>
  );
};

/** 质检评分: the record beside its scores, and the steps this viewer may take (submit, acknowledge, dispute, uphold, revise). */
export const QualityEvaluationShow = () => (
  <Show actions={false} component={Card}>
    <EvaluationBody />
  </Show>
);
