import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { localDateIn, type Violation, validateTrainingSession } from '@sanxin/domain';
import { useState } from 'react';
import { Button, useDataProvider, useGetMany, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';

interface Row {
  staffId: string;
  attended: boolean;
  /** As typed; empty: no exam score. */
  examScore: string;
}

const toNumber = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/** The session as the API takes it, from what was typed. */
export function sessionInput(planId: string, heldOn: string, note: string, rows: Row[]) {
  return {
    planId,
    heldOn,
    note: note.trim() === '' ? null : note,
    results: rows.map((row) => ({ staffId: row.staffId, attended: row.attended, examScore: row.attended ? toNumber(row.examScore) : null })),
  };
}

/** 记录培训: the day, a note, and per agent of the plan whether they came and their exam score. */
export const RecordSessionButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const agentIds = (record?.agentIds as string[] | undefined) ?? [];
  const { data: agents } = useGetMany('staffMembers', { ids: agentIds }, { enabled: agentIds.length > 0 });
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState(() => localDateIn('Asia/Shanghai', new Date()));
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [violations, setViolations] = useState<Violation[]>([]);
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const start = () => {
    setRows(agentIds.map((staffId) => ({ staffId, attended: true, examScore: '' })));
    setViolations([]);
    setOpen(true);
  };
  const change = (index: number, patch: Partial<Row>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const errorOf = (field: string) => {
    const violation = violations.find((candidate) => candidate.field === field);
    return violation ? translate(`sanxin.validation.${violation.rule}`, violation.params) : undefined;
  };
  const save = async () => {
    const input = sessionInput(String(record.id), heldOn, note, rows);
    const found = validateTrainingSession(input, agentIds);
    setViolations(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await dataProvider.createTrainingSession(input);
      notify('app.trainingPlan.sessionRecorded', { type: 'success' });
      setOpen(false);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  const nameOf = (staffId: string) => agents?.find((agent) => agent.id === staffId)?.name ?? staffId;
  return (
    <>
      <Button label="app.trainingPlan.recordSession" variant="contained" onClick={start}>
        <EventAvailableIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="record-session-title">
        <DialogTitle id="record-session-title">{translate('app.trainingPlan.recordSession')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              type="date"
              size="small"
              label={translate('app.trainingPlan.heldOn')}
              value={heldOn}
              onChange={(event) => setHeldOn(event.target.value)}
              error={!!errorOf('heldOn')}
              helperText={errorOf('heldOn')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              size="small"
              multiline
              minRows={2}
              label={translate('app.trainingPlan.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={!!errorOf('note')}
              helperText={errorOf('note')}
            />
            <Typography variant="subtitle2">{translate('app.trainingPlan.attendance')}</Typography>
            {rows.map((row, index) => (
              <Stack key={row.staffId} direction="row" spacing={1} alignItems="flex-start" data-staff-id={row.staffId}>
                <FormControlLabel
                  sx={{ flex: 1, minWidth: 0 }}
                  control={
                    <Checkbox
                      checked={row.attended}
                      onChange={(event) => change(index, { attended: event.target.checked, examScore: event.target.checked ? row.examScore : '' })}
                    />
                  }
                  label={nameOf(row.staffId)}
                />
                <TextField
                  size="small"
                  type="number"
                  sx={{ width: 120 }}
                  label={translate('app.trainingPlan.examScore')}
                  value={row.examScore}
                  disabled={!row.attended}
                  onChange={(event) => change(index, { examScore: event.target.value })}
                  error={!!errorOf(`results.${index}.examScore`)}
                  helperText={errorOf(`results.${index}.examScore`)}
                  slotProps={{ htmlInput: { min: 0, max: 100, step: 0.5, 'aria-label': `${nameOf(row.staffId)} ${translate('app.trainingPlan.examScore')}` } }}
                />
              </Stack>
            ))}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.save" variant="contained" disabled={busy} onClick={save} />
        </DialogActions>
      </Dialog>
    </>
  );
};
