import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import type { EvaluatedKind, Violation } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { Button, Loading, Title, useDataProvider, useLocation, useNavigate, useNotify, useParams, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { isConflict } from '../providers/graphqlErrors';
import type { EvaluationDetail, ScorecardVersion } from './qualityQueries';
import { Scorecard } from './Scorecard';
import { draftOf, emptyDraft, type ScorecardDraft, scoresInput, submitViolations } from './scorecardDraft';
import { SubjectSummary } from './SubjectSummary';

interface Loaded {
  scorecard: ScorecardVersion | EvaluationDetail['template'];
  evaluation: EvaluationDetail | null;
}

/**
 * 评分: the record on one side, the scorecard on the other. A new evaluation is created on its first
 * save (draft) and scored further at /quality/evaluations/:id/score; submitting saves first.
 */
export const ScoringPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { kind, subjectId, id } = useParams();
  const overQuota = new URLSearchParams(useLocation().search).get('overQuota') === '1';
  const [loaded, setLoaded] = useState<Loaded | null>();
  const [draft, setDraft] = useState<ScorecardDraft>(emptyDraft);
  const [overQuotaReason, setOverQuotaReason] = useState('');
  const [violations, setViolations] = useState<Violation[]>([]);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (id) {
      const evaluation = await dataProvider.qualityEvaluationDetail(id);
      setLoaded(evaluation?.template ? { scorecard: evaluation.template, evaluation } : null);
      if (evaluation) setDraft(draftOf(evaluation));
    } else {
      const scorecard = await dataProvider.activeScorecard();
      setLoaded(scorecard ? { scorecard, evaluation: null } : null);
    }
  }, [dataProvider, id]);
  useEffect(() => {
    load().catch((error) => notify((error as Error).message, { type: 'error' }));
  }, [load, notify]);

  if (loaded === undefined) return <Loading />;
  if (loaded === null || !loaded.scorecard) return <Alert severity="warning">{translate('app.quality.noScorecard')}</Alert>;
  const { scorecard, evaluation } = loaded;
  const subject = evaluation ? { kind: evaluation.subjectKind, id: evaluation.subjectId } : { kind: kind as EvaluatedKind, id: subjectId ?? '' };

  const input = () => ({ scores: scoresInput(draft), criticalFailures: draft.criticalFailures, comment: draft.comment.trim() || null });
  /** Creates the evaluation or saves the draft; the saved evaluation, or undefined when refused. */
  const save = async (): Promise<EvaluationDetail | undefined> => {
    try {
      const saved = evaluation
        ? await dataProvider.updateQualityEvaluation(evaluation.id, evaluation.version, input())
        : await dataProvider.createQualityEvaluation({
            subjectKind: subject.kind,
            subjectId: subject.id,
            templateId: scorecard.templateId,
            ...input(),
            overQuotaReason: overQuotaReason.trim() || null,
          });
      setLoaded({ scorecard, evaluation: saved });
      return saved;
    } catch (error) {
      if (isConflict(error)) {
        notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
        await load();
      } else notify((error as Error).message, { type: 'error' });
      return undefined;
    }
  };
  const run = (work: () => Promise<void>) => async () => {
    setBusy(true);
    await work().finally(() => setBusy(false));
  };
  const saveDraft = run(async () => {
    const saved = await save();
    if (!saved) return;
    notify('app.quality.saved', { type: 'info' });
    if (!evaluation) navigate(`/quality/evaluations/${saved.id}/score`, { replace: true });
  });
  const submit = run(async () => {
    const missing = submitViolations(scorecard, draft);
    setViolations(missing);
    if (missing.length > 0) return;
    const saved = await save();
    if (!saved) return;
    try {
      await dataProvider.workflow('submitQualityEvaluation', { id: saved.id, version: saved.version, input: {} });
      notify('app.quality.submitted', { type: 'info' });
      navigate(`/qualityEvaluations/${saved.id}/show`);
    } catch (error) {
      notify(isConflict(error) ? 'sanxin.errors.CONFLICT' : (error as Error).message, { type: isConflict(error) ? 'warning' : 'error' });
      await load();
    }
  });

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.quality.scoreTitle" />
      <CardContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 3fr' }, gap: 3 }}>
          <SubjectSummary kind={subject.kind} id={subject.id} />
          <Stack spacing={2}>
            <Typography variant="h6">
              {translate('app.quality.scorecard')} · {scorecard.name}
            </Typography>
            <Scorecard scorecard={scorecard} value={draft} onChange={setDraft} />
            {overQuota && !evaluation && (
              <TextField
                label={translate('app.quality.overQuotaReason')}
                helperText={translate('app.quality.overQuotaHint')}
                required
                value={overQuotaReason}
                onChange={(event) => setOverQuotaReason(event.target.value)}
                slotProps={{ htmlInput: { maxLength: 500 } }}
              />
            )}
            {violations.map((violation) => (
              <Alert key={`${violation.rule}-${JSON.stringify(violation.params)}`} severity="error">
                {translate(`sanxin.validation.${violation.rule}`, {
                  _: violation.rule,
                  ...violation.params,
                  dimension: translate(`sanxin.enums.qualityDimension.${violation.params?.dimension}`, { _: String(violation.params?.dimension) }),
                })}
              </Alert>
            ))}
            <Stack direction="row" spacing={1}>
              <Button
                label="app.quality.saveDraft"
                variant="outlined"
                disabled={busy || (overQuota && !evaluation && !overQuotaReason.trim())}
                onClick={saveDraft}
              >
                <SaveIcon />
              </Button>
              <Button label="app.quality.submit" variant="contained" disabled={busy || (overQuota && !evaluation && !overQuotaReason.trim())} onClick={submit}>
                <SendIcon />
              </Button>
            </Stack>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
};
