import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { MonthlyReportView } from './monthlyReportQueries';

type Action = MonthlyReportView['availableActions'][number];

interface Props {
  actions: readonly Action[];
  /** Runs the step and resolves once the server has answered (pessimistic: nothing changes before). */
  onStep(action: Action): Promise<void>;
}

/** Exactly the steps the API offers this viewer now (`availableActions`), each confirmed before it runs. */
export const MonthlyReportSteps = ({ actions, onStep }: Props) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<Action>();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!open) return;
    setBusy(true);
    try {
      await onStep(open);
    } finally {
      setBusy(false);
      setOpen(undefined);
    }
  };
  return (
    <>
      {actions.map((action) => (
        <Button key={action} label={`sanxin.enums.monthlyReportAction.${action}`} variant="outlined" onClick={() => setOpen(action)} />
      ))}
      {open && (
        <Dialog open onClose={() => setOpen(undefined)}>
          <DialogTitle>{translate(`sanxin.enums.monthlyReportAction.${open}`)}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate(`app.monthlyReport.confirm.${open}`)}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(undefined)} disabled={busy} />
            <Button label="ra.action.confirm" variant="contained" onClick={confirm} disabled={busy} />
          </DialogActions>
        </Dialog>
      )}
    </>
  );
};
