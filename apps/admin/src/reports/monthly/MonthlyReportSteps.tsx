import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
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
        // MUI's Button: react-admin's shows only its icon on a phone, and these name the step.
        <Button key={action} variant="outlined" size="small" onClick={() => setOpen(action)}>
          {translate(`sanxin.enums.monthlyReportAction.${action}`)}
        </Button>
      ))}
      {open && (
        <Dialog open onClose={() => setOpen(undefined)}>
          <DialogTitle>{translate(`sanxin.enums.monthlyReportAction.${open}`)}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate(`app.monthlyReport.confirm.${open}`)}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(undefined)} disabled={busy}>
              {translate('ra.action.cancel')}
            </Button>
            <Button variant="contained" onClick={confirm} disabled={busy}>
              {translate('ra.action.confirm')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
};
