import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { agreedCalibrationScores } from '@sanxin/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { CalibrationSpreadRow } from './calibrationQueries';
import { dimensionLabel } from './dimensionLabel';

export interface AgreedValues {
  scores: { dimension: string; score: number }[];
  note: string | null;
}

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/**
 * 确定一致评分: each dimension offers only the scores between the inspectors' lowest and highest,
 * the median preselected; the domain's rule decides whether the note is still missing.
 */
export function AgreeForm({ spread, onSubmit }: { spread: readonly CalibrationSpreadRow[]; onSubmit: (values: AgreedValues) => Promise<unknown> }) {
  const translate = useTranslate();
  const [decided, setDecided] = useState<Record<string, number>>(() => Object.fromEntries(spread.map((row) => [row.dimension, row.median])));
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const { violations } = agreedCalibrationScores(spread, decided, note);
  const submit = async () => {
    setSaving(true);
    try {
      await onSubmit({ scores: Object.entries(decided).map(([dimension, score]) => ({ dimension, score })), note: note.trim() || null });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box component="section" aria-label={translate('app.calibration.agreeTitle')}>
      <Typography variant="h6">{translate('app.calibration.agreeTitle')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.calibration.agreeHint')}
      </Typography>
      <Stack spacing={1.5} sx={{ maxWidth: 480 }}>
        {spread.map((row) => (
          <TextField
            key={row.dimension}
            select
            size="small"
            label={dimensionLabel(translate, row.dimension)}
            value={decided[row.dimension]}
            color={row.disagrees ? 'warning' : undefined}
            focused={row.disagrees || undefined}
            onChange={(event) => setDecided((current) => ({ ...current, [row.dimension]: Number(event.target.value) }))}
          >
            {range(row.min, row.max).map((score) => (
              <MenuItem key={score} value={score}>
                {translate('app.calibration.score', { score, max: row.maxScore })}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <TextField
          label={translate('app.calibration.note')}
          multiline
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={violations.some((v) => v.field === 'note') && note.length > 0}
          helperText={violations
            .filter((v) => v.field === 'note')
            .map((v) => translate(`sanxin.validation.${v.rule}`, v.params))
            .join(' ')}
        />
        <Button variant="contained" disabled={violations.length > 0 || saving} onClick={submit}>
          {translate('app.calibration.agree')}
        </Button>
      </Stack>
    </Box>
  );
}
