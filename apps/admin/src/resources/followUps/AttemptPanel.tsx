import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import type { AttemptOutcome, Violation } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { fromLocalInput } from '../scheduling';
import { attemptInput, attemptViolations, OUTCOME_KEYS } from './followUpSteps';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable);

/**
 * 记录本次通话: one button per outcome, hot keys 1-7 pick it (outside text fields); an agreed call-back
 * asks for the time. Checked with validateAttempt, as the API checks it.
 */
export const AttemptPanel = ({ onRecord, refusal }: { onRecord(input: ReturnType<typeof attemptInput>): Promise<boolean>; refusal: string | null }) => {
  const translate = useTranslate();
  const [outcome, setOutcome] = useState<AttemptOutcome>();
  const [appointment, setAppointment] = useState('');
  const [identityVerified, setIdentityVerified] = useState(false);
  const [note, setNote] = useState('');
  const [violations, setViolations] = useState<Violation[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const hit = OUTCOME_KEYS.find((entry) => entry.key === event.key);
      if (!hit) return;
      event.preventDefault();
      setOutcome(hit.outcome);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const form = () => ({ outcome: outcome as AttemptOutcome, appointmentAt: fromLocalInput(appointment), identityVerified, note });
  const submit = async () => {
    if (!outcome) return;
    const found = attemptViolations(form(), new Date());
    setViolations(found);
    if (found.length > 0) return;
    setSaving(true);
    const done = await onRecord(attemptInput(form())).finally(() => setSaving(false));
    if (done) {
      setOutcome(undefined);
      setAppointment('');
      setNote('');
    }
  };
  const errorOf = (field: string) => {
    const found = violations.find((v) => v.field === field);
    return found ? translate(`sanxin.validation.${found.rule}`, { _: found.rule, ...found.params }) : undefined;
  };
  return (
    <Box component="section" aria-label={translate('app.followUp.call.recordAttempt')} sx={{ my: 2 }}>
      <Typography variant="h6" gutterBottom>
        {translate('app.followUp.call.recordAttempt')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {OUTCOME_KEYS.map(({ outcome: value, key }) => (
          <Button
            key={value}
            variant={outcome === value ? 'contained' : 'outlined'}
            onClick={() => setOutcome(value)}
            aria-pressed={outcome === value}
            aria-keyshortcuts={key}
            title={translate('app.followUp.call.hotKey', { key })}
            data-outcome={value}
          >
            {key} · {translate(`sanxin.enums.attemptOutcome.${value}`)}
          </Button>
        ))}
      </Stack>
      {outcome === 'APPOINTMENT' && (
        <TextField
          type="datetime-local"
          label={translate('app.followUp.call.appointmentAt')}
          helperText={errorOf('appointmentAt') ?? translate('app.followUp.call.pickAppointment')}
          error={Boolean(errorOf('appointmentAt'))}
          value={appointment}
          onChange={(event) => setAppointment(event.target.value)}
          InputLabelProps={{ shrink: true }}
          inputProps={{ name: 'appointmentAt' }}
          sx={{ mt: 2 }}
        />
      )}
      <Stack spacing={1} sx={{ mt: 2 }}>
        <FormControlLabel control={<Checkbox checked={identityVerified} onChange={(event) => setIdentityVerified(event.target.checked)} name="identityVerified" />} label={translate('app.followUp.call.identityVerified')} />
        <TextField
          label={translate('app.followUp.call.note')}
          multiline
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={Boolean(errorOf('note'))}
          helperText={errorOf('note')}
          inputProps={{ name: 'note' }}
        />
        {refusal && <Alert severity="warning">{refusal}</Alert>}
        <Box>
          <Button variant="contained" disabled={!outcome || saving} onClick={submit}>
            {translate('app.followUp.call.recordAttempt')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
};
