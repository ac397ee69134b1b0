import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { checkAssessmentAdjustment, type Violation } from '@sanxin/domain';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { MonthlyAssessmentRow } from './assessmentQueries';

/** 调整: a new score and, always, the reason (checked as the API checks it before anything is sent). */
export const AdjustDialog = ({
  row,
  busy,
  onCancel,
  onSave,
}: {
  row: MonthlyAssessmentRow;
  busy: boolean;
  onCancel(): void;
  onSave(score: number, reason: string): void;
}) => {
  const translate = useTranslate();
  const [score, setScore] = useState(String(row.adjustedScore ?? row.computedScore));
  const [reason, setReason] = useState(row.adjustmentReason ?? '');
  const [violations, setViolations] = useState<Violation[]>([]);
  const errorOf = (field: string) => {
    const violation = violations.find((candidate) => candidate.field === field);
    return violation ? translate(`sanxin.validation.${violation.rule}`, violation.params) : undefined;
  };
  const save = () => {
    const value = score.trim() === '' ? Number.NaN : Number(score);
    const found = checkAssessmentAdjustment(value, reason);
    setViolations(found);
    if (found.length === 0) onSave(value, reason);
  };
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="adjust-title">
      <DialogTitle id="adjust-title">{translate('app.assessment.adjustTitle', { name: row.staff?.name ?? row.staffId, month: row.month })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.assessment.computedWas', { score: row.computedScore })}</DialogContentText>
        <Stack spacing={2} sx={{ pt: 2 }}>
          <TextField
            type="number"
            size="small"
            label={translate('app.assessment.adjustedScore')}
            value={score}
            onChange={(event) => setScore(event.target.value)}
            error={!!errorOf('adjustedScore')}
            helperText={errorOf('adjustedScore')}
            slotProps={{ htmlInput: { min: 0, max: 100, step: 0.1 } }}
          />
          <TextField
            multiline
            minRows={3}
            label={translate('app.assessment.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={!!errorOf('reason')}
            helperText={errorOf('reason')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onCancel} />
        <Button label="ra.action.save" variant="contained" disabled={busy} onClick={save} />
      </DialogActions>
    </Dialog>
  );
};

/** 认定 is final: asked once more, with the score that will count. */
export const ConfirmDialog = ({ row, busy, onCancel, onConfirm }: { row: MonthlyAssessmentRow; busy: boolean; onCancel(): void; onConfirm(): void }) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="confirm-title">
      <DialogTitle id="confirm-title">{translate('app.assessment.confirmTitle', { name: row.staff?.name ?? row.staffId, month: row.month })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.assessment.confirmExplain', { score: row.score })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onCancel} />
        <Button label="sanxin.enums.assessmentAction.confirm" variant="contained" disabled={busy} onClick={onConfirm} />
      </DialogActions>
    </Dialog>
  );
};
