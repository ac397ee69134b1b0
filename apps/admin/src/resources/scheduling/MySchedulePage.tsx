import {
  Alert,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useMemo } from 'react';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { CheckInPanel } from '../../attendance/CheckInPanel';
import { currentMonth, hoursLabel, lastDateOf, nextMonth, weekdayLabel } from './rosterModel';
import type { RosterShift } from './schedulingQueries';
import { useLoad, useMe, useSchedulingProvider, useShiftLabel, useShiftTypes } from './useSchedulingData';

/** 我的班次: my shifts this month and next, with the leader on duty and the roster's state. */
export const MySchedulePage = () => {
  const translate = useTranslate();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const shiftTypes = useShiftTypes();
  const types = useMemo(() => new Map((shiftTypes ?? []).map((type) => [type.id, type])), [shiftTypes]);
  const months = useMemo(() => {
    const month = currentMonth();
    return [month, nextMonth(month)];
  }, []);
  const load = useCallback(
    () => dataProvider.rosterShifts({ staffId: me?.id as string, dateFrom: `${months[0]}-01`, dateTo: lastDateOf(months[1]) }),
    [dataProvider, me?.id, months],
  );
  const { value: shifts, error, reload } = useLoad<RosterShift[]>(me?.id ? load : null);
  const shiftLabel = useShiftLabel(types);
  const nextDay = translate('app.scheduling.shiftType.nextDay');
  const [locale] = useLocaleState();
  const now = Date.now();
  // Until the shifts arrive nothing is known: "not scheduled" would be a false statement.
  const loading = shifts === undefined && !error;

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.scheduling.mySchedule.title')} />
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
          <Button component={Link} to="/shiftSwapRequests/create" variant="outlined">
            {translate('app.scheduling.mySchedule.requestSwap')}
          </Button>
          <Button component={Link} to="/leaveRequests/create" variant="outlined">
            {translate('app.scheduling.mySchedule.requestLeave')}
          </Button>
        </Stack>
        {error && <Alert severity="error">{error}</Alert>}
        {shifts && me && <CheckInPanel shifts={shifts} staffId={me.id} label={shiftLabel} now={new Date(now)} onChanged={reload} />}
        {months.map((month, index) => {
          const rows = (shifts ?? []).filter((shift) => shift.date.startsWith(month));
          return (
            <section key={month} aria-label={month}>
              <Typography variant="h6" sx={{ mt: index ? 3 : 0 }}>
                {translate(index ? 'app.scheduling.mySchedule.nextMonth' : 'app.scheduling.mySchedule.thisMonth')}（{month}）
              </Typography>
              {loading ? (
                <LinearProgress aria-label={translate('ra.page.loading')} data-testid="my-schedule-loading" sx={{ my: 1 }} />
              ) : rows.length === 0 ? (
                <Typography color="text.secondary">{translate('app.scheduling.mySchedule.empty')}</Typography>
              ) : (
                <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
                  <Table size="small" aria-label={month}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('app.scheduling.mySchedule.date')}</TableCell>
                        <TableCell>{translate('app.scheduling.mySchedule.shift')}</TableCell>
                        <TableCell>{translate('app.scheduling.mySchedule.time')}</TableCell>
                        <TableCell>{translate('app.scheduling.mySchedule.team')}</TableCell>
                        <TableCell>{translate('app.scheduling.mySchedule.leader')}</TableCell>
                        <TableCell>{translate('app.scheduling.mySchedule.status')}</TableCell>
                        <TableCell />
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {rows.map((shift) => {
                        const type = types.get(shift.shiftTypeId);
                        const mine = shift.assignments.find((assignment) => assignment.staffId === me?.id);
                        const leader = shift.assignments.find((assignment) => assignment.isLeaderOnDuty);
                        return (
                          <TableRow key={shift.id} data-date={shift.date}>
                            <TableCell>
                              {shift.date} {weekdayLabel(shift.date, locale)}
                            </TableCell>
                            <TableCell>
                              {type?.name}
                              {mine?.swapRequestId && <Chip size="small" sx={{ ml: 1 }} label={translate('app.scheduling.roster.swapped')} />}
                            </TableCell>
                            <TableCell>{type ? hoursLabel(type, nextDay) : ''}</TableCell>
                            <TableCell>{shift.team?.name}</TableCell>
                            <TableCell>{leader?.staff?.name ?? ''}</TableCell>
                            <TableCell>{shift.roster ? translate(`sanxin.enums.rosterStatus.${shift.roster.status}`) : ''}</TableCell>
                            <TableCell>
                              {new Date(shift.startsAt).getTime() > now && (
                                <Button size="small" component={Link} to={`/shiftSwapRequests/create?shiftId=${encodeURIComponent(shift.id)}`}>
                                  {translate('app.scheduling.mySchedule.requestSwap')}
                                </Button>
                              )}
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </TableContainer>
              )}
            </section>
          );
        })}
      </CardContent>
    </Card>
  );
};
