import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { canAccess } from '@sanxin/domain';
import { Confirm, Loading, Title, useNotify, useTranslate } from 'react-admin';
import { AttendanceDialog } from '../../attendance/AttendanceDialog';
import { fieldErrorsOf, graphQLErrorsOf } from '../../providers/graphqlErrors';
import { RosterGrid } from './RosterGrid';
import { currentMonth, lastDateOf, rosterStatusOf } from './rosterModel';
import type { GeneratedRoster, HolidayRecord, RosterAssignment, RosterShift, ShiftTypeRecord, StaffMonthHours, StaffRef } from './schedulingQueries';
import { canDraftRosters, useLoad, useMe, useSchedulingProvider, useShiftLabel, useShiftTypes } from './useSchedulingData';
import { TeamSelect, useTeams } from '../../forms/TeamSelect';

/** The figures generateRoster returns: spreads per person and the coverage it could not meet (never met by breaking a rule). */
export const GeneratedRosterReport = ({ result, shiftTypes }: { result: GeneratedRoster; shiftTypes: readonly ShiftTypeRecord[] }) => {
  const translate = useTranslate();
  const { fairness, unmet } = result;
  const typeNames = new Map(shiftTypes.map((type) => [type.id, type.name]));
  const shiftName = new Map(result.shifts.map((shift) => [shift.id, typeNames.get(shift.shiftTypeId) ?? '']));
  return (
    <Stack spacing={2}>
      {result.missingHolidayYear !== null && (
        <Alert severity="warning">{translate('app.scheduling.roster.noHolidays', { year: result.missingHolidayYear })}</Alert>
      )}
      <Typography variant="subtitle1">{translate('app.scheduling.roster.fairness')}</Typography>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <Chip label={`${translate('app.scheduling.roster.hoursSpread')}：${fairness.hoursSpread}`} />
        <Chip label={`${translate('app.scheduling.roster.shiftSpread')}：${fairness.shiftSpread}`} />
        <Chip label={`${translate('app.scheduling.roster.nightSpread')}：${fairness.nightSpread}`} />
        <Chip label={`${translate('app.scheduling.roster.holidaySpread')}：${fairness.holidayDutySpread}`} />
      </Stack>
      <Table size="small" aria-label={translate('app.scheduling.roster.loads')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.scheduling.roster.staff')}</TableCell>
            <TableCell align="right">{translate('app.scheduling.roster.shifts')}</TableCell>
            <TableCell align="right">{translate('app.scheduling.roster.nights')}</TableCell>
            <TableCell align="right">{translate('app.scheduling.roster.holidayDuties')}</TableCell>
            <TableCell align="right">{translate('app.scheduling.roster.hours')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fairness.loads.map((load) => (
            <TableRow key={load.staff.id}>
              <TableCell>{load.staff.name}</TableCell>
              <TableCell align="right">{load.shifts}</TableCell>
              <TableCell align="right">{load.nights}</TableCell>
              <TableCell align="right">{load.holidayDuties}</TableCell>
              <TableCell align="right">{load.hours}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle1">{translate('app.scheduling.roster.unmet')}</Typography>
      {unmet.length === 0 ? (
        <Alert severity="success">{translate('app.scheduling.roster.noUnmet')}</Alert>
      ) : (
        <Alert severity="warning" aria-label={translate('app.scheduling.roster.unmet')}>
          {unmet.map((row) => (
            <div key={`${row.shiftId}-${row.jobType}`}>
              {translate('app.scheduling.roster.unmetRow', {
                date: row.date,
                shift: shiftName.get(row.shiftId) ?? '',
                jobType: translate(`sanxin.enums.jobType.${row.jobType}`, { _: row.jobType }),
                required: row.required,
                assigned: row.assigned,
              })}
            </div>
          ))}
        </Alert>
      )}
    </Stack>
  );
};

interface RosterData {
  staff: StaffRef[];
  shifts: RosterShift[];
  holidays: HolidayRecord[];
  hours: StaffMonthHours[];
  /** The month's year has public holidays stored: publishing needs no administrator's confirmation. */
  yearHasHolidays: boolean;
}

/** The translated rule a RULE_VIOLATION names (holidaysMissingForYear, …), else the error's own message. */
function failureMessage(failure: unknown, translate: (key: string, options?: object) => string): string {
  const fields = graphQLErrorsOf(failure)[0]?.extensions?.code === 'RULE_VIOLATION' ? fieldErrorsOf(failure) : [];
  return fields.length ? fields.map((f) => translate(`sanxin.validation.${f.code}`, { _: f.code, ...f.params })).join('；') : (failure as Error).message;
}

/**
 * The team the page opens on: the viewer's own; for a manager (no team), the first team that has a
 * roster this month, not one that has none; else the first team.
 */
export function initialRosterTeam(teamIds: readonly string[], myTeamId: string | null | undefined, rosteredTeamIds: readonly string[]): string {
  if (myTeamId && teamIds.includes(myTeamId)) return myTeamId;
  return teamIds.find((id) => rosteredTeamIds.includes(id)) ?? teamIds[0];
}

/** /roster: pick a team and a month; leaders and managers generate the draft and publish it. */
export const RosterPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const shiftTypes = useShiftTypes();
  const { data: teams } = useTeams();
  const [teamId, setTeamId] = useState('');
  const [month, setMonth] = useState(currentMonth());
  const [confirm, setConfirm] = useState<'generate' | 'publish' | 'confirmPublish' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [generated, setGenerated] = useState<GeneratedRoster | null>(null);
  const [busy, setBusy] = useState(false);
  const [attending, setAttending] = useState<{ shift: RosterShift; assignment: RosterAssignment } | null>(null);
  const shiftLabel = useShiftLabel(new Map((shiftTypes ?? []).map((type) => [type.id, type])));

  useEffect(() => {
    if (teamId || !teams?.length || !me) return;
    let current = true;
    const ids = teams.map((team) => String(team.id));
    const start = async () => (me.teamId && ids.includes(me.teamId) ? [] : dataProvider.rosteredTeamIds(month).catch(() => []));
    void start().then((rostered) => {
      if (current) setTeamId(initialRosterTeam(ids, me.teamId, rostered));
    });
    return () => {
      current = false;
    };
  }, [teams, me, teamId, dataProvider, month]);

  const load = useCallback(async (): Promise<RosterData> => {
    const dateFrom = `${month}-01`;
    const dateTo = lastDateOf(month);
    const [staff, shifts, holidays, hours, yearHasHolidays] = await Promise.all([
      dataProvider.schedulingStaff({ teamId, active: true }),
      dataProvider.rosterShifts({ teamId, dateFrom, dateTo }),
      dataProvider.holidaysBetween(dateFrom, dateTo),
      dataProvider.rosterHours(teamId, month),
      dataProvider.yearHasHolidays(Number(month.slice(0, 4))),
    ]);
    return { staff, shifts, holidays, hours, yearHasHolidays };
  }, [dataProvider, teamId, month]);
  const { value, error, loading, reload } = useLoad<RosterData>(teamId ? load : null);

  const status = value ? rosterStatusOf(value.shifts) : null;
  const mayDraft = canDraftRosters(me?.role) && (me?.role !== 'SHIFT_LEADER' || me.teamId === teamId);
  // 管理员确认: only an administrator publishes a month of a year without public holidays on file.
  const mayConfirmWithoutHolidays = !!me && canAccess(me.role, 'shift', 'approve') && status === 'DRAFT' && value?.yearHasHolidays === false;

  const run = async (action: 'generate' | 'publish' | 'confirmPublish') => {
    setConfirm(null);
    setFailure(null);
    setBusy(true);
    try {
      if (action === 'generate') {
        setGenerated(await dataProvider.generateRoster(teamId, month));
        notify('app.scheduling.roster.generated', { type: 'success', messageArgs: { month } });
      } else {
        await dataProvider.publishRoster(teamId, month, action === 'confirmPublish');
        notify('app.scheduling.roster.published', { type: 'success' });
      }
      await reload();
    } catch (caught) {
      setFailure(failureMessage(caught, translate));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.scheduling.roster.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
          <TeamSelect value={teamId} onChange={setTeamId} label="app.scheduling.roster.team" name="teamId" />
          <TextField
            size="small"
            type="month"
            label={translate('app.scheduling.roster.month')}
            value={month}
            onChange={(event) => event.target.value && setMonth(event.target.value)}
            inputProps={{ name: 'month' }}
            InputLabelProps={{ shrink: true }}
          />
          <Chip
            data-testid="roster-status"
            color={status === 'PUBLISHED' ? 'success' : status === 'DRAFT' ? 'warning' : 'default'}
            label={translate('app.scheduling.roster.status', {
              status: status ? translate(`sanxin.enums.rosterStatus.${status}`) : translate('app.scheduling.roster.unscheduled'),
            })}
          />
          <Box flex={1} />
          {mayDraft && (
            <>
              <Button variant="outlined" disabled={busy || !teamId || status === 'PUBLISHED'} onClick={() => setConfirm('generate')}>
                {translate('app.scheduling.roster.generate')}
              </Button>
              <Button variant="contained" disabled={busy || status !== 'DRAFT'} onClick={() => setConfirm('publish')}>
                {translate('app.scheduling.roster.publish')}
              </Button>
            </>
          )}
          {mayConfirmWithoutHolidays && (
            <Button variant="contained" color="warning" disabled={busy} onClick={() => setConfirm('confirmPublish')}>
              {translate('app.scheduling.roster.confirmWithoutHolidays')}
            </Button>
          )}
        </Stack>
        {value?.yearHasHolidays === false && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('app.scheduling.roster.noHolidays', { year: month.slice(0, 4) })}
          </Alert>
        )}
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }} onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        )}
        {error && <Alert severity="error">{error}</Alert>}
        {!value || !shiftTypes ? (
          loading || !teamId ? (
            <Loading />
          ) : null
        ) : (
          <RosterGrid
            month={month}
            staff={value.staff}
            shifts={value.shifts}
            shiftTypes={shiftTypes}
            holidays={value.holidays}
            hours={value.hours}
            attendance={
              me
                ? {
                    viewer: { id: me.id, role: me.role, teamId: me.teamId ?? null },
                    now: new Date(),
                    onOpen: (shift, assignment) => setAttending({ shift, assignment }),
                  }
                : undefined
            }
          />
        )}
      </CardContent>
      <Confirm
        isOpen={confirm !== null}
        title={
          confirm === 'generate'
            ? 'app.scheduling.roster.generate'
            : confirm === 'confirmPublish'
              ? 'app.scheduling.roster.confirmWithoutHolidays'
              : 'app.scheduling.roster.publish'
        }
        content={
          confirm === 'generate'
            ? 'app.scheduling.roster.confirmGenerate'
            : confirm === 'confirmPublish'
              ? 'app.scheduling.roster.confirmWithoutHolidaysText'
              : 'app.scheduling.roster.confirmPublish'
        }
        translateOptions={{ month, year: month.slice(0, 4) }}
        onConfirm={() => confirm && run(confirm)}
        onClose={() => setConfirm(null)}
      />
      {attending && (
        <AttendanceDialog {...attending} title={shiftLabel(attending.shift)} now={new Date()} onClose={() => setAttending(null)} onChanged={reload} />
      )}
      <Dialog open={generated !== null} onClose={() => setGenerated(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('app.scheduling.roster.generated', { month })}</DialogTitle>
        <DialogContent>{generated && <GeneratedRosterReport result={generated} shiftTypes={shiftTypes ?? []} />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setGenerated(null)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
