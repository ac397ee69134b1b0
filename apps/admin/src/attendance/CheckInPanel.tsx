import { Alert, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatInstant } from '../resources/scheduling/format';
import type { RosterShift } from '../resources/scheduling/schedulingQueries';
import { useSchedulingProvider } from '../resources/scheduling/useSchedulingData';
import { attendanceFailure } from './attendanceFailure';
import { attendanceStateOf, checkInOpen, currentAssignment } from './attendanceState';

const STATE_COLOUR = {
  ON_TIME: 'success',
  MISSED_ROLL_CALL: 'warning',
  LATE: 'warning',
  LATE_VIOLATION: 'error',
  NOT_CHECKED_IN: 'error',
  UPCOMING: 'default',
} as const;

/**
 * 签到 / 签退 for my current or next shift: the state the API recorded (on time, after the roll call,
 * late, 20+ minutes late with the violation), and a refused check-out explained (the next shift has
 * nobody checked in: a leader lets me go from the roster).
 */
export const CheckInPanel = ({
  shifts,
  staffId,
  label,
  now,
  onChanged,
}: {
  shifts: readonly RosterShift[];
  staffId: string;
  label: (shift: RosterShift) => string;
  now: Date;
  onChanged: () => Promise<void> | void;
}) => {
  const translate = useTranslate();
  const dataProvider = useSchedulingProvider();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; rules: string[] } | null>(null);
  const mine = shifts
    .map((shift) => ({ shift, assignment: shift.assignments.find((assignment) => assignment.staffId === staffId) }))
    .filter((row) => row.assignment);
  const current = currentAssignment(
    mine.map(({ shift, assignment }) => ({
      shift,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      attendance: assignment?.attendance,
      assignmentId: assignment?.id as string,
    })),
    now,
  );

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      await onChanged();
    } catch (caught) {
      setFailure(attendanceFailure(caught, translate));
    } finally {
      setBusy(false);
    }
  };

  if (!current) {
    return (
      <Card variant="outlined" sx={{ mb: 2 }} aria-label={translate('app.attendance.panel')}>
        <CardContent>
          <Typography color="text.secondary">{translate('app.attendance.noShift')}</Typography>
        </CardContent>
      </Card>
    );
  }
  const { attendance } = current;
  const state = attendanceStateOf(current, now);
  const lateViolation = attendance?.violations.find((violation) => violation.kind === 'LATE');
  return (
    <Card variant="outlined" sx={{ mb: 2 }} aria-label={translate('app.attendance.panel')} data-testid="check-in-panel" data-state={state}>
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="subtitle1">
            {translate('app.attendance.panel')}：{label(current.shift)}
          </Typography>
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap alignItems="center">
            {state !== 'UPCOMING' && <Chip data-testid="attendance-state" color={STATE_COLOUR[state]} label={translate(`app.attendance.state.${state}`)} />}
            {attendance?.checkInAt && (
              <Typography variant="body2">{translate('app.attendance.checkedInAt', { time: formatInstant(attendance.checkInAt) })}</Typography>
            )}
            {attendance?.checkOutAt && (
              <Typography variant="body2">{translate('app.attendance.checkedOutAt', { time: formatInstant(attendance.checkOutAt) })}</Typography>
            )}
            {!!attendance?.lateMinutes && !lateViolation && (
              <Typography variant="body2">{translate('app.attendance.lateBy', { minutes: attendance.lateMinutes })}</Typography>
            )}
          </Stack>
          {lateViolation && <Alert severity="error">{translate('app.attendance.violationRecorded', { minutes: lateViolation.minutes })}</Alert>}
          {attendance?.checkOutOverrideReason && (
            <Alert severity="info">{translate('app.attendance.overrideBy', { reason: attendance.checkOutOverrideReason })}</Alert>
          )}
          {failure && (
            <Alert severity={failure.rules.includes('incomingNotArrived') ? 'warning' : 'error'} data-testid="attendance-failure">
              {failure.text}
              {failure.rules.includes('incomingNotArrived') && <div>{translate('app.attendance.refusedExplained')}</div>}
            </Alert>
          )}
          <Stack direction="row" spacing={1}>
            {!attendance?.checkInAt && (
              <Button variant="contained" disabled={busy || !checkInOpen(current, now)} onClick={() => act(() => dataProvider.checkIn(current.assignmentId))}>
                {translate('app.attendance.checkIn')}
              </Button>
            )}
            {attendance?.checkInAt && !attendance.checkOutAt && (
              <Button variant="outlined" disabled={busy} onClick={() => act(() => dataProvider.checkOut(attendance.id, attendance.version))}>
                {translate('app.attendance.checkOut')}
              </Button>
            )}
          </Stack>
          {!attendance?.checkInAt && !checkInOpen(current, now) && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.attendance.checkInOpensAt')}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
