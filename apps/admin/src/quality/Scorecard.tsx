import { Alert, Box, Checkbox, FormControlLabel, FormGroup, Stack, TextField, Typography } from '@mui/material';
import { scoreEvaluation } from '@sanxin/domain';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { type ScorecardDraft, templateOf, type ScorecardVersionLike } from './scorecardDraft';

interface ScorecardProps {
  scorecard: ScorecardVersionLike;
  value: ScorecardDraft;
  onChange(next: ScorecardDraft): void;
}

/**
 * 评分卡, keyboard first: a digit scores the focused dimension and moves on as soon as no further digit
 * could fit the scale (8 on a 0–10 scale moves on, 1 waits for a possible 10); Enter moves on too, ↑↓ add
 * or take a point. The total is the domain's own scoreEvaluation, live.
 */
export const Scorecard = ({ scorecard, value, onChange }: ScorecardProps) => {
  const translate = useTranslate();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const template = templateOf(scorecard);
  const scored = Object.fromEntries(Object.entries(value.scores).filter((entry): entry is [string, number] => entry[1] !== undefined));
  const result = scoreEvaluation(template, { scores: scored, criticalFailures: value.criticalFailures });
  const dimensionLabel = (code: string) => translate(`sanxin.enums.qualityDimension.${code}`, { _: code });

  const focusNext = (index: number) => inputs.current[index + 1]?.focus() ?? inputs.current[index]?.blur();
  const setScore = (code: string, score: number | undefined) => onChange({ ...value, scores: { ...value.scores, [code]: score } });

  const type = (index: number, code: string, maxScore: number, text: string) => {
    if (text === '') return setScore(code, undefined);
    if (!/^\d+$/.test(text)) return;
    const score = Number(text);
    if (score > maxScore) return;
    setScore(code, score);
    if (score * 10 > maxScore) focusNext(index);
  };

  const keyDown = (index: number, code: string, maxScore: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const current = value.scores[code];
    if (event.key === 'Enter') {
      event.preventDefault();
      focusNext(index);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setScore(code, Math.min(maxScore, (current ?? -1) + 1));
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setScore(code, Math.max(0, (current ?? 1) - 1));
    } else if (/^\d$/.test(event.key) && event.currentTarget.selectionStart === 0 && event.currentTarget.selectionEnd === event.currentTarget.value.length) {
      // A field entered with its score selected takes the new digit in place of it.
      event.preventDefault();
      type(index, code, maxScore, event.key);
    }
  };

  return (
    <Stack spacing={2} data-testid="scorecard">
      <Typography variant="body2" color="text.secondary">
        {translate('app.quality.keyboardHint')}
      </Typography>
      {template.dimensions.map((dimension, index) => (
        <Box key={dimension.code} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 6rem 2fr' }, gap: 1, alignItems: 'center' }}>
          <Box>
            <Typography>{dimensionLabel(dimension.code)}</Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('app.quality.scale', { max: dimension.maxScore, weight: dimension.weight })}
            </Typography>
          </Box>
          <TextField
            size="small"
            value={value.scores[dimension.code] ?? ''}
            onChange={(event) => type(index, dimension.code, dimension.maxScore, event.target.value)}
            onFocus={(event) => event.target.select()}
            onKeyDown={keyDown(index, dimension.code, dimension.maxScore)}
            inputRef={(element: HTMLInputElement | null) => {
              inputs.current[index] = element;
            }}
            autoFocus={index === 0}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': dimensionLabel(dimension.code), 'data-dimension': dimension.code } }}
          />
          <TextField
            size="small"
            placeholder={translate('app.quality.dimensionComment', { dimension: dimensionLabel(dimension.code) })}
            value={value.comments[dimension.code] ?? ''}
            onChange={(event) => onChange({ ...value, comments: { ...value.comments, [dimension.code]: event.target.value } })}
            slotProps={{
              htmlInput: { maxLength: 500, 'aria-label': translate('app.quality.dimensionComment', { dimension: dimensionLabel(dimension.code) }) },
            }}
          />
        </Box>
      ))}
      {template.criticalItems.length > 0 && (
        <Box>
          <Typography variant="subtitle2">{translate('app.quality.criticalItems')}</Typography>
          <FormGroup row>
            {template.criticalItems.map(({ code }) => (
              <FormControlLabel
                key={code}
                label={translate(`sanxin.enums.criticalItem.${code}`, { _: code })}
                control={
                  <Checkbox
                    checked={value.criticalFailures.includes(code)}
                    onChange={(event) =>
                      onChange({
                        ...value,
                        criticalFailures: event.target.checked ? [...value.criticalFailures, code] : value.criticalFailures.filter((failed) => failed !== code),
                      })
                    }
                  />
                }
              />
            ))}
          </FormGroup>
        </Box>
      )}
      <TextField
        label={translate('app.quality.comment')}
        multiline
        minRows={2}
        value={value.comment}
        onChange={(event) => onChange({ ...value, comment: event.target.value })}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
      <Box aria-live="polite">
        <Typography variant="h6" data-testid="scorecard-total">
          {translate('app.quality.total')}: {translate('app.quality.totalValue', { total: result.total.toFixed(1) })}
        </Typography>
        {result.failedCritical && <Alert severity="error">{translate('app.quality.failedCritical', { weighted: result.weightedTotal.toFixed(1) })}</Alert>}
      </Box>
    </Stack>
  );
};
