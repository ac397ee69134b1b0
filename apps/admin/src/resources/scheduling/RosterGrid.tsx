import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { datesOfMonth, weekday } from '@sanxin/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import { AttendanceLegend, AttendanceMark, useAttendanceDescription } from '../../attendance/AttendanceMark';
import { type AttendanceViewer, attendanceStateOf, mayDecideAttendance, mayReadAttendance } from '../../attendance/attendanceState';
import { coverageGaps, holidayIndex, hoursLabel, rosteredDates, rosterRows, shiftTypeColours, shiftMark, weekdayShort } from './rosterModel';
import type { HolidayRecord, RosterAssignment, RosterShift, ShiftTypeRecord, StaffMonthHours, StaffRef } from './schedulingQueries';

export interface RosterGridProps {
  month: string;
  staff: readonly StaffRef[];
  shifts: readonly RosterShift[];
  shiftTypes: readonly ShiftTypeRecord[];
  holidays: readonly HolidayRecord[];
  /** 工时 per person (rosterHours); the hours columns show when given. */
  hours?: readonly StaffMonthHours[];
  /** 考勤 marks (and their legend) for what the viewer may read at `now`; `onOpen` for the shifts a leader decides about. */
  attendance?: { viewer: AttendanceViewer; now: Date; onOpen?: (shift: RosterShift, assignment: RosterAssignment) => void };
}

const HOLIDAY_BG = '#ffebee';
const MAKEUP_BG = '#fff8e1';
const WEEKEND_BG = '#f5f5f5';

function dayBackground(date: string, holidays: ReturnType<typeof holidayIndex>) {
  const kind = holidays.get(date)?.kind;
  if (kind === 'HOLIDAY') return HOLIDAY_BG;
  if (kind === 'MAKEUP_WORKDAY') return MAKEUP_BG;
  return weekday(date) === 0 || weekday(date) === 6 ? WEEKEND_BG : undefined;
}

/** 在岗缺口: per day, each shift's job type below its minimum headcount; ✓ when every shift of the day is covered. */
export const CoverageRow = ({ dates, shifts, shiftTypes }: { dates: readonly string[]; shifts: readonly RosterShift[]; shiftTypes: readonly ShiftTypeRecord[] }) => {
  const translate = useTranslate();
  const gaps = coverageGaps(shifts);
  const rostered = rosteredDates(shifts);
  const typeName = new Map(shiftTypes.map((type) => [type.id, type.name]));
  return (
    <TableRow data-testid="coverage-row">
      <TableCell component="th" scope="row" sx={{ fontWeight: 600, position: 'sticky', left: 0, bgcolor: 'background.paper' }}>
        {translate('app.scheduling.roster.coverage')}
      </TableCell>
      {dates.map((date) => {
        const day = gaps.get(date) ?? [];
        const labels = day.map((gap) =>
          translate('app.scheduling.roster.gap', {
            shift: typeName.get(gap.shiftTypeId) ?? '',
            jobType: translate(`sanxin.enums.jobType.${gap.jobType}`, { _: gap.jobType }),
            count: gap.missing,
          }),
        );
        return (
          <TableCell
            key={date}
            data-date={date}
            data-gap={day.reduce((sum, gap) => sum + gap.missing, 0)}
            aria-label={labels.length ? labels.join('；') : rostered.has(date) ? translate('app.scheduling.roster.covered') : ''}
            sx={{ p: 0.25, textAlign: 'center', bgcolor: labels.length ? '#ffcdd2' : undefined, color: labels.length ? 'error.main' : 'success.main', fontSize: 11 }}
          >
            {labels.length ? (
              <Tooltip title={labels.join('；')}>
                <span>−{day.reduce((sum, gap) => sum + gap.missing, 0)}</span>
              </Tooltip>
            ) : rostered.has(date) ? (
              '✓'
            ) : (
              ''
            )}
          </TableCell>
        );
      })}
    </TableRow>
  );
};

/** 排班表: staff × days of a month, a colour per shift type, the leader on duty marked, holidays highlighted, gaps below. */
/** 工时 · 加班 · 提醒: the person's hours in the month, the overtime above its standard, and the working-time rules broken. */
const HoursCells = ({ row, month }: { row: StaffMonthHours | undefined; month: string }) => {
  const translate = useTranslate();
  const warnings = (row?.warnings ?? []).map((warning) => translate(`sanxin.validation.${warning.rule}`, { _: warning.rule, month, ...Object.fromEntries(Object.entries(warning).filter(([, v]) => v !== null)) }));
  const over = row?.maxHours != null && row.hours > row.maxHours;
  return (
    <>
      <TableCell align="right" data-column="hours" sx={{ whiteSpace: 'nowrap', color: over ? 'error.main' : undefined, fontWeight: over ? 600 : undefined }}>
        {row ? translate('app.scheduling.roster.hoursValue', { hours: row.hours }) : ''}
      </TableCell>
      <TableCell align="right" data-column="overtime" sx={{ whiteSpace: 'nowrap', color: row?.overtimeHours ? 'warning.dark' : 'text.secondary' }}>
        {row?.overtimeHours ? translate('app.scheduling.roster.hoursValue', { hours: row.overtimeHours }) : row ? '—' : ''}
      </TableCell>
      <TableCell data-column="warnings" aria-label={warnings.join('；')}>
        {warnings.length > 0 && (
          <Tooltip title={warnings.join('；')}>
            <WarningAmberIcon color="warning" fontSize="small" data-warnings={warnings.length} />
          </Tooltip>
        )}
      </TableCell>
    </>
  );
};

export const RosterGrid = ({ month, staff, shifts, shiftTypes, holidays, hours, attendance }: RosterGridProps) => {
  const translate = useTranslate();
  const describeAttendance = useAttendanceDescription();
  const dates = datesOfMonth(month);
  const holidaysByDate = holidayIndex(holidays);
  const colours = shiftTypeColours(shiftTypes);
  const types = new Map(shiftTypes.map((type) => [type.id, type]));
  const rows = rosterRows(staff, shifts);
  const hoursOf = new Map((hours ?? []).map((row) => [row.staff.id, row]));
  const nextDay = translate('app.scheduling.shiftType.nextDay');
  const [locale] = useLocaleState();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} flexWrap="wrap" alignItems="center" aria-label={translate('app.scheduling.roster.legend')}>
        {shiftTypes.map((type) => (
          <Chip key={type.id} size="small" label={`${type.name} ${hoursLabel(type, nextDay)}`} sx={{ ...colours.get(type.id) }} />
        ))}
        <Chip size="small" label={`★ ${translate('app.scheduling.roster.leaderOnDuty')}`} variant="outlined" />
        <Chip size="small" label={translate('app.scheduling.roster.holiday')} sx={{ bgcolor: HOLIDAY_BG }} />
        <Chip size="small" label={translate('app.scheduling.roster.makeUp')} sx={{ bgcolor: MAKEUP_BG }} />
      </Stack>
      {attendance && <AttendanceLegend />}
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('app.scheduling.roster.title')} sx={{ '& td, & th': { borderRight: '1px solid rgba(0,0,0,0.06)' } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', minWidth: 96 }}>{translate('app.scheduling.roster.staff')}</TableCell>
              {dates.map((date) => {
                const holiday = holidaysByDate.get(date);
                return (
                  <TableCell key={date} data-date={date} title={holiday?.name} sx={{ p: 0.25, textAlign: 'center', minWidth: 30, bgcolor: dayBackground(date, holidaysByDate), fontSize: 11, lineHeight: 1.2 }}>
                    <div>{Number(date.slice(8))}</div>
                    <div>{weekdayShort(date, locale)}</div>
                    {holiday && <div style={{ color: holiday.kind === 'HOLIDAY' ? '#c62828' : '#ef6c00' }}>{translate(holiday.kind === 'HOLIDAY' ? 'app.scheduling.roster.holidayMark' : 'app.scheduling.roster.makeUpMark')}</div>}
                  </TableCell>
                );
              })}
              {hours && (
                <>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{translate('app.scheduling.roster.hours')}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{translate('app.scheduling.roster.overtime')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('app.scheduling.roster.warnings')}</TableCell>
                </>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.staff.id} data-staff={row.staff.name}>
                <TableCell component="th" scope="row" sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', whiteSpace: 'nowrap', fontStyle: row.guest ? 'italic' : undefined }}>
                  {row.staff.name}
                </TableCell>
                {dates.map((date) => {
                  const cell = row.cells.get(date) ?? [];
                  return (
                    <TableCell key={date} data-staff={row.staff.name} data-date={date} sx={{ p: 0.25, textAlign: 'center', bgcolor: dayBackground(date, holidaysByDate) }}>
                      {cell.map(({ shift, assignment }) => {
                        const type = types.get(shift.shiftTypeId);
                        const person = { staffId: assignment.staffId, teamId: shift.teamId };
                        const readable = !!attendance && mayReadAttendance(attendance.viewer, person);
                        const state = readable && attendance ? attendanceStateOf({ ...shift, attendance: assignment.attendance }, attendance.now) : null;
                        // A leader decides about a shift once it has started (a release, an absence), never ahead of it.
                        const decidable = state !== null && state !== 'UPCOMING' && attendance?.onOpen && mayDecideAttendance(attendance.viewer, person);
                        const open = decidable ? () => attendance?.onOpen?.(shift, assignment) : undefined;
                        const title = [
                          `${row.staff.name} ${date} ${type ? `${type.name} ${hoursLabel(type, nextDay)}` : ''}`,
                          assignment.isLeaderOnDuty ? translate('app.scheduling.roster.leaderOnDuty') : '',
                          assignment.swapRequestId ? translate('app.scheduling.roster.swapped') : '',
                          state && state !== 'UPCOMING' ? describeAttendance(state, assignment.attendance) : '',
                        ]
                          .filter(Boolean)
                          .join(' · ');
                        return (
                          <Tooltip key={assignment.id} title={title}>
                            <Box
                              component={open ? 'button' : 'span'}
                              type={open ? 'button' : undefined}
                              onClick={open}
                              data-shift-type={type?.name}
                              data-leader={assignment.isLeaderOnDuty ? 'true' : undefined}
                              aria-label={title}
                              sx={{
                                display: 'inline-block',
                                minWidth: 22,
                                px: 0.25,
                                borderRadius: 1,
                                fontSize: 12,
                                ...colours.get(shift.shiftTypeId),
                                outline: assignment.swapRequestId ? '2px dashed #6d4c41' : undefined,
                                ...(open ? { border: 0, font: 'inherit', cursor: 'pointer' } : {}),
                              }}
                            >
                              {shiftMark(type, locale)}
                              {assignment.isLeaderOnDuty ? '★' : ''}
                              {state && <AttendanceMark state={state} attendance={assignment.attendance} />}
                            </Box>
                          </Tooltip>
                        );
                      })}
                    </TableCell>
                  );
                })}
                {hours && <HoursCells row={hoursOf.get(row.staff.id)} month={month} />}
              </TableRow>
            ))}
            <CoverageRow dates={dates} shifts={shifts} shiftTypes={shiftTypes} />
          </TableBody>
        </Table>
      </TableContainer>
      {shifts.length === 0 && <Typography color="text.secondary">{translate('app.scheduling.roster.noShifts')}</Typography>}
    </Stack>
  );
};
