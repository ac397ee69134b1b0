import { Box, Button, Chip, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { CALIBRATION_STATUSES, EVALUATED_KINDS } from '@sanxin/domain';
import { DateField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { useWorkflow } from '../../workflow/useWorkflow';
import { AgreeForm, type AgreedValues } from './AgreeForm';
import { BlindScoreForm } from './BlindScoreForm';
import type { CalibrationDetail } from './calibrationQueries';
import { CalibrationSpreadTable } from './CalibrationSpreadTable';
import { dimensionLabel } from './dimensionLabel';
import { useCalibrationDetail } from './useCalibrationDetail';

/** A calibration: who has scored, the viewer's blind form, then the spread and the manager's agreed scores. */
export const CalibrationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="topic" />
      <SelectField source="status" choices={choicesOf(CALIBRATION_STATUSES, 'calibrationStatus')} />
      <SelectField source="subjectKind" choices={choicesOf(EVALUATED_KINDS, 'evaluatedKind')} />
      <TextField source="subjectId" />
      <DateField source="createdAt" showTime />
      <SessionBody />
    </SimpleShowLayout>
  </Show>
);

const SessionBody = () => {
  const record = useRecordContext();
  const detail = useCalibrationDetail(record?.id as string | undefined, record?.version as number | undefined);
  if (detail === undefined) return <LinearProgress />;
  if (detail === null) return null;
  return <CalibrationWorkspace detail={detail} />;
};

/** The steps the viewer has, in the order a session goes: score, reveal, agree; cancel beside them. */
export function CalibrationWorkspace({ detail }: { detail: CalibrationDetail }) {
  const translate = useTranslate();
  const run = useWorkflow();
  const can = (step: string) => detail.availableActions.includes(step as never);
  const step = (mutation: string, input: Record<string, unknown> | undefined, success: string) =>
    run(mutation, { id: detail.id, version: detail.version, ...(input ? { input } : {}) }, success);
  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      <Box>
        <Typography variant="body2">
          {translate('app.calibration.waiting', { submitted: detail.submittedCount, invited: detail.participants.length })}
        </Typography>
        <List dense>
          {detail.participants.map((p) => (
            <ListItem key={p.inspectorId} disableGutters>
              <ListItemText
                primary={p.inspector?.name ?? p.inspectorId}
                secondary={
                  p.submittedAt
                    ? `${translate('app.calibration.submittedAt')} ${new Date(p.submittedAt).toLocaleString()}`
                    : translate('app.calibration.notSubmitted')
                }
              />
            </ListItem>
          ))}
        </List>
      </Box>
      {can('SUBMIT_SCORES') && detail.template && (
        <BlindScoreForm
          dimensions={detail.template.dimensions}
          onSubmit={(scores) => step('submitCalibrationScores', { scores }, 'app.calibration.submitted')}
        />
      )}
      <CalibrationSpreadTable detail={detail} />
      {can('AGREE') && detail.spread && (
        <AgreeForm spread={detail.spread} onSubmit={(values: AgreedValues) => step('agreeCalibrationSession', { ...values }, 'app.calibration.agreed')} />
      )}
      {detail.agreedScores && (
        <Box component="section" aria-label={translate('app.calibration.agreedTitle')}>
          <Typography variant="h6">{translate('app.calibration.agreedTitle')}</Typography>
          <Stack direction="row" flexWrap="wrap" gap={1} sx={{ my: 1 }}>
            {detail.agreedScores.map((s) => (
              <Chip key={s.dimension} label={`${dimensionLabel(translate, s.dimension)} ${s.score}`} />
            ))}
            <Chip color="primary" label={`${translate('app.calibration.total')} ${detail.agreedTotal ?? '—'}`} />
          </Stack>
          {detail.agreementNote && <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{detail.agreementNote}</Typography>}
        </Box>
      )}
      <Stack direction="row" flexWrap="wrap" gap={1}>
        {can('REVEAL') && (
          <Button variant="contained" onClick={() => step('revealCalibrationSession', undefined, 'app.calibration.revealed')}>
            {translate('app.calibration.reveal')}
          </Button>
        )}
        {can('CANCEL') && (
          <Button color="error" onClick={() => step('cancelCalibrationSession', {}, 'app.calibration.cancelled')}>
            {translate('app.calibration.cancel')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
