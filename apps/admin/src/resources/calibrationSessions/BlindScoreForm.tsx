import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { CalibrationDetail } from './calibrationQueries';
import { dimensionLabel } from './dimensionLabel';

type Dimension = NonNullable<CalibrationDetail['template']>['dimensions'][number];

/** 背对背评分: one whole-point score per dimension; Submit waits until every dimension is scored within its scale. */
export function BlindScoreForm({
  dimensions,
  onSubmit,
}: {
  dimensions: readonly Dimension[];
  onSubmit: (scores: { dimension: string; score: number }[]) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const [values, setValues] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const valid = (d: Dimension) => {
    const value = values[d.code];
    return value !== undefined && value !== '' && Number.isInteger(Number(value)) && Number(value) >= 0 && Number(value) <= d.maxScore;
  };
  const complete = dimensions.every(valid);
  const submit = async () => {
    setSaving(true);
    try {
      await onSubmit(dimensions.map((d) => ({ dimension: d.code, score: Number(values[d.code]) })));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box component="section" aria-label={translate('app.calibration.blindTitle')}>
      <Typography variant="h6">{translate('app.calibration.blindTitle')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.calibration.blindHint')}
      </Typography>
      <Stack spacing={1.5} sx={{ maxWidth: 360 }}>
        {dimensions.map((d) => (
          <TextField
            key={d.code}
            label={`${dimensionLabel(translate, d.code)}（0–${d.maxScore}）`}
            type="number"
            size="small"
            value={values[d.code] ?? ''}
            error={values[d.code] !== undefined && values[d.code] !== '' && !valid(d)}
            onChange={(event) => setValues((current) => ({ ...current, [d.code]: event.target.value }))}
            slotProps={{ htmlInput: { min: 0, max: d.maxScore, step: 1, inputMode: 'numeric' } }}
          />
        ))}
        <Button variant="contained" disabled={!complete || saving} onClick={submit}>
          {translate('app.calibration.submit')}
        </Button>
      </Stack>
    </Box>
  );
}
