import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { fromLocalInput } from '../resources/scheduling/leaveCheck';
import type { RosterAssignment, RosterShift } from '../resources/scheduling/schedulingQueries';
import { useSchedulingProvider } from '../resources/scheduling/useSchedulingData';
import { useAttendanceDescription } from './AttendanceMark';
import { attendanceFailure } from './attendanceFailure';
import { attendanceStateOf } from './attendanceState';

export interface AttendanceDialogProps {
  shift: RosterShift;
  assignment: RosterAssignment;
  title: string;
  now: Date;
  onClose: () => void;
  onChanged: () => Promise<void> | void;
}

/**
 * A leader's decisions on a team member's shift, from the roster cell: 放行 (let them check out
 * before the next shift has anyone checked in, with a reason) and 脱岗 (an absence from the post of
 * 20+ minutes, a violation). The API refuses both for oneself and outside the team.
 */
export const AttendanceDialog = ({ shift, assignment, title, now, onClose, onChanged }: AttendanceDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useSchedulingProvider();
  const describe = useAttendanceDescription();
  const [reason, setReason] = useState('');
  const [absence, setAbsence] = useState({ from: '', to: '', note: '' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { attendance } = assignment;
  const state = attendanceStateOf({ ...shift, attendance }, now);
  const mayOverride = !!attendance?.checkInAt && !attendance.checkOutAt;

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    try {
      notify(await action(), { type: 'success' });
      await onChanged();
      onClose();
    } catch (caught) {
      setFailure(attendanceFailure(caught, translate).text);
    } finally {
      setBusy(false);
    }
  };
  const override = () =>
    act(async () => {
      await dataProvider.checkOut(attendance?.id as string, attendance?.version as number, reason);
      return translate('app.attendance.overridden');
    });
  const recordAbsence = () =>
    act(async () => {
      const from = fromLocalInput(absence.from);
      const to = fromLocalInput(absence.to);
      const recorded = await dataProvider.recordAbsenceFromPost({
        shiftAssignmentId: assignment.id,
        from: from?.toISOString() ?? absence.from,
        to: to?.toISOString() ?? absence.to,
        ...(absence.note.trim() ? { note: absence.note } : {}),
      });
      return translate('app.attendance.absenceRecorded', { minutes: recorded.minutes });
    });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="attendance-dialog-title">
      <DialogTitle id="attendance-dialog-title">{translate('app.attendance.dialogTitle', { name: assignment.staff?.name ?? '', shift: title })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography data-testid="attendance-description">{describe(state, attendance)}</Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          {mayOverride && (
            <Stack spacing={1} component="section" aria-label={translate('app.attendance.override')}>
              <TextField
                label={translate('app.attendance.overrideReason')}
                helperText={translate('app.attendance.overrideHelp')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                multiline
                minRows={2}
                inputProps={{ maxLength: 500, name: 'overrideReason' }}
              />
              <Button variant="contained" disabled={busy || !reason.trim()} onClick={override} sx={{ alignSelf: 'flex-start' }}>
                {translate('app.attendance.override')}
              </Button>
            </Stack>
          )}
          {mayOverride && <Divider />}
          <Stack spacing={1} component="section" aria-label={translate('app.attendance.recordAbsence')}>
            <Typography variant="subtitle2">{translate('app.attendance.recordAbsence')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <TextField
                type="datetime-local"
                size="small"
                label={translate('app.attendance.absenceFrom')}
                value={absence.from}
                onChange={(event) => setAbsence({ ...absence, from: event.target.value })}
                InputLabelProps={{ shrink: true }}
                inputProps={{ name: 'absenceFrom' }}
              />
              <TextField
                type="datetime-local"
                size="small"
                label={translate('app.attendance.absenceTo')}
                value={absence.to}
                onChange={(event) => setAbsence({ ...absence, to: event.target.value })}
                InputLabelProps={{ shrink: true }}
                inputProps={{ name: 'absenceTo' }}
              />
            </Stack>
            <TextField
              size="small"
              label={translate('app.attendance.absenceNote')}
              helperText={translate('app.attendance.absenceHelp')}
              value={absence.note}
              onChange={(event) => setAbsence({ ...absence, note: event.target.value })}
              inputProps={{ maxLength: 500, name: 'absenceNote' }}
            />
            <Button variant="outlined" disabled={busy || !absence.from || !absence.to} onClick={recordAbsence} sx={{ alignSelf: 'flex-start' }}>
              {translate('app.attendance.recordAbsence')}
            </Button>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
