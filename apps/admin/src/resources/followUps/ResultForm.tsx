import { Box, Button, Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { type FollowUpTrigger, SATISFACTION_LEVELS, UNSATISFIED_ACTIONS, type Violation, validateFollowUpResult } from '@sanxin/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { type ResultForm as Form, resultDraft, resultViolations } from './followUpSteps';

const EMPTY: Form = { satisfaction: '', score: '', suggestions: '', improvement: '', unsatisfiedAction: '', serious: false };

/** What may follow an unsatisfied answer for this trigger: the domain's rule decides (reopening only a complaint's). */
export const offeredUnsatisfiedActions = (trigger: FollowUpTrigger) =>
  UNSATISFIED_ACTIONS.filter((action) => validateFollowUpResult({ satisfaction: 'UNSATISFIED', score: 1, improvement: '-', unsatisfiedAction: action }, trigger).length === 0);

/**
 * 回访结果: 满意 / 一般 / 不满意, a score 1-5 and the customer's suggestions; 不满意 asks what to
 * improve and what follows. Checked with validateFollowUpResult before it is sent.
 */
export const ResultForm = ({ trigger, onComplete }: { trigger: FollowUpTrigger; onComplete(input: ReturnType<typeof resultDraft>): Promise<boolean> }) => {
  const translate = useTranslate();
  const [form, setForm] = useState<Form>(EMPTY);
  const [violations, setViolations] = useState<Violation[]>([]);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));
  const errorOf = (field: string) => {
    const found = violations.find((v) => v.field === field);
    return found ? translate(`sanxin.validation.${found.rule}`, { _: found.rule, ...found.params }) : undefined;
  };
  const unsatisfied = form.satisfaction === 'UNSATISFIED';
  const submit = async () => {
    const found = resultViolations(form, trigger);
    setViolations(found);
    if (found.length > 0) return;
    setSaving(true);
    if (await onComplete(resultDraft(form)).finally(() => setSaving(false))) setForm(EMPTY);
  };
  return (
    <Box component="section" aria-label={translate('app.followUp.call.result')} sx={{ my: 2 }}>
      <Typography variant="h6" gutterBottom>
        {translate('app.followUp.call.result')}
      </Typography>
      <Stack spacing={2}>
        <FormControl error={Boolean(errorOf('satisfaction'))}>
          <FormLabel>{translate('app.followUp.call.satisfaction')}</FormLabel>
          <RadioGroup row name="satisfaction" value={form.satisfaction} onChange={(event) => set('satisfaction', event.target.value)}>
            {SATISFACTION_LEVELS.map((level) => (
              <FormControlLabel key={level} value={level} control={<Radio />} label={translate(`sanxin.enums.satisfaction.${level}`)} />
            ))}
          </RadioGroup>
          {errorOf('satisfaction') && <FormHelperText>{errorOf('satisfaction')}</FormHelperText>}
        </FormControl>
        <TextField select label={translate('app.followUp.call.score')} value={form.score} onChange={(event) => set('score', event.target.value)} error={Boolean(errorOf('score'))} helperText={errorOf('score')} sx={{ maxWidth: 200 }} inputProps={{ name: 'score' }}>
          {[5, 4, 3, 2, 1].map((score) => (
            <MenuItem key={score} value={String(score)}>
              {score}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate('app.followUp.call.suggestions')} multiline minRows={2} value={form.suggestions} onChange={(event) => set('suggestions', event.target.value)} error={Boolean(errorOf('suggestions'))} helperText={errorOf('suggestions')} inputProps={{ name: 'suggestions' }} />
        {unsatisfied && (
          <>
            <TextField required label={translate('app.followUp.call.improvement')} multiline minRows={2} value={form.improvement} onChange={(event) => set('improvement', event.target.value)} error={Boolean(errorOf('improvement'))} helperText={errorOf('improvement')} inputProps={{ name: 'improvement' }} />
            <FormControl error={Boolean(errorOf('unsatisfiedAction'))}>
              <FormLabel>{translate('app.followUp.call.unsatisfiedAction')}</FormLabel>
              <RadioGroup name="unsatisfiedAction" value={form.unsatisfiedAction} onChange={(event) => set('unsatisfiedAction', event.target.value)}>
                {offeredUnsatisfiedActions(trigger).map((action) => (
                  <FormControlLabel key={action} value={action} control={<Radio />} label={translate(`sanxin.enums.unsatisfiedAction.${action}`)} />
                ))}
              </RadioGroup>
              {errorOf('unsatisfiedAction') && <FormHelperText>{errorOf('unsatisfiedAction')}</FormHelperText>}
            </FormControl>
          </>
        )}
        <FormControlLabel control={<Checkbox checked={form.serious} onChange={(event) => set('serious', event.target.checked)} name="serious" />} label={translate('app.followUp.call.serious')} />
        <Box>
          <Button variant="contained" color="primary" disabled={saving} onClick={submit}>
            {translate('app.followUp.call.complete')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
};
