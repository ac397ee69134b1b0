import { Box, Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInstant } from '../resources/scheduling/format';
import type { AssignmentAttendance } from '../resources/scheduling/schedulingQueries';
import { ATTENDANCE_STATES, type AttendanceState, absencesOf } from './attendanceState';

/** A colour per state: green on time, amber after the roll call or late, red for a violation or no check-in. */
const STATE_COLOURS: Record<AttendanceState, { bgcolor: string; color: string }> = {
  UPCOMING: { bgcolor: 'transparent', color: 'inherit' },
  ON_TIME: { bgcolor: '#e8f5e9', color: '#1b5e20' },
  MISSED_ROLL_CALL: { bgcolor: '#fff8e1', color: '#8d6e00' },
  LATE: { bgcolor: '#fff3e0', color: '#e65100' },
  LATE_VIOLATION: { bgcolor: '#ffebee', color: '#b71c1c' },
  NOT_CHECKED_IN: { bgcolor: '#eceff1', color: '#b71c1c' },
};
const ABSENT_COLOURS = { bgcolor: '#fce4ec', color: '#880e4f' };

const markSx = { display: 'inline-block', minWidth: 14, px: 0.25, borderRadius: 0.5, fontSize: 11, lineHeight: '16px', fontWeight: 600 } as const;

/** The words behind a mark: the state, the check-in time and lateness, the absences from the post. */
export function useAttendanceDescription() {
  const translate = useTranslate();
  return (state: AttendanceState, attendance: AssignmentAttendance | null | undefined): string =>
    [
      translate(`app.attendance.state.${state}`),
      attendance?.checkInAt ? translate('app.attendance.checkedInAt', { time: formatInstant(attendance.checkInAt) }) : '',
      attendance?.lateMinutes ? translate('app.attendance.lateBy', { minutes: attendance.lateMinutes }) : '',
      ...absencesOf(attendance).map((absence) => `${translate('app.attendance.absentMark')} ${absence.minutes}′`),
      attendance?.checkOutAt ? translate('app.attendance.checkedOutAt', { time: formatInstant(attendance.checkOutAt) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
}

/** 考勤标记 in a roster cell: one letter for the state, another per absence from the post. */
export const AttendanceMark = ({ state, attendance }: { state: AttendanceState; attendance: AssignmentAttendance | null | undefined }) => {
  const translate = useTranslate();
  if (state === 'UPCOMING') return null;
  return (
    <Box component="span" data-attendance={state} sx={{ display: 'inline-flex', gap: 0.25, ml: 0.25 }}>
      <Box component="span" sx={{ ...markSx, ...STATE_COLOURS[state] }}>
        {translate(`app.attendance.mark.${state}`)}
      </Box>
      {absencesOf(attendance).map((absence) => (
        <Box key={absence.id} component="span" data-absence={absence.minutes} sx={{ ...markSx, ...ABSENT_COLOURS }}>
          {translate('app.attendance.mark.absent')}
        </Box>
      ))}
    </Box>
  );
};

/** 考勤图例: what each mark on the roster means. */
export const AttendanceLegend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap alignItems="center" role="list" aria-label={translate('app.attendance.legend')}>
      {ATTENDANCE_STATES.map((state) => (
        <Chip
          key={state}
          role="listitem"
          size="small"
          variant="outlined"
          data-legend={state}
          label={`${translate(`app.attendance.mark.${state}`)} ${translate(`app.attendance.state.${state}`)}`}
          sx={{ '& .MuiChip-label': { ...STATE_COLOURS[state] } }}
        />
      ))}
      <Chip
        role="listitem"
        size="small"
        variant="outlined"
        data-legend="ABSENT_FROM_POST"
        label={`${translate('app.attendance.mark.absent')} ${translate('app.attendance.absentMark')}`}
        sx={{ '& .MuiChip-label': ABSENT_COLOURS }}
      />
    </Stack>
  );
};
