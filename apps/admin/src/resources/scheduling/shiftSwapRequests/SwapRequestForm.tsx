import { Alert, Button, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { Violation } from '@sanxin/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Title, useLocation, useTranslate } from 'react-admin';
import type { Setting } from '../../../settings/settingsQueries';
import type { HolidayRecord, StaffRef } from '../schedulingQueries';
import { contextWindow, loadPersonContext, type PersonContext, policyOf, swapViolations } from '../swapCheck';
import { useLoad, useMe, useSchedulingProvider, useShiftLabel, useShiftTypes } from '../useSchedulingData';
import { ViolationList } from '../ViolationList';
import { useSubmitRequest } from '../useSubmitRequest';

interface Shared {
  holidays: HolidayRecord[];
  settings: Setting[];
  staff: StaffRef[];
}

/**
 * 换班申请: pick my shift, the colleague and their shift. The domain's swap rules run on what the
 * form has loaded and list every violation before submitting; the API checks again and its
 * RULE_VIOLATION list is shown the same way.
 */
export const SwapRequestForm = ({ now: givenNow }: { now?: Date }) => {
  const [now] = useState(() => givenNow ?? new Date());
  const translate = useTranslate();
  const location = useLocation();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const shiftTypes = useShiftTypes();
  const window = useMemo(() => contextWindow(now), [now]);

  const [myShiftId, setMyShiftId] = useState(() => new URLSearchParams(location.search).get('shiftId') ?? '');
  const [counterpartId, setCounterpartId] = useState('');
  const [theirShiftId, setTheirShiftId] = useState('');
  const [reason, setReason] = useState('');
  const [serverViolations, setServerViolations] = useState<Violation[]>([]);
  const { saving, submit: send } = useSubmitRequest(setServerViolations);

  const loadShared = useCallback(async (): Promise<Shared> => {
    const [holidays, settings, staff] = await Promise.all([
      dataProvider.holidaysBetween(window.dateFrom, window.dateTo),
      dataProvider.settings().catch(() => []),
      dataProvider.schedulingStaff({ active: true }),
    ]);
    return { holidays, settings, staff };
  }, [dataProvider, window]);
  const shared = useLoad<Shared>(loadShared).value;

  const loadMine = useCallback(() => loadPersonContext(dataProvider, me?.id as string, window), [dataProvider, me?.id, window]);
  const mine = useLoad<PersonContext>(me?.id ? loadMine : null).value;
  const loadTheirs = useCallback(() => loadPersonContext(dataProvider, counterpartId, window), [dataProvider, counterpartId, window]);
  const theirs = useLoad<PersonContext>(counterpartId ? loadTheirs : null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another colleague means choosing their shift again
  useEffect(() => setTheirShiftId(''), [counterpartId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the server's answer is stale as soon as the choice changes
  useEffect(() => setServerViolations([]), [myShiftId, counterpartId, theirShiftId]);

  const types = useMemo(() => new Map((shiftTypes ?? []).map((type) => [type.id, type])), [shiftTypes]);
  const labelOf = useShiftLabel(types);
  const upcoming = (shifts: PersonContext['shifts'] | undefined) => (shifts ?? []).filter((shift) => new Date(shift.startsAt).getTime() > now.getTime());
  const colleagues = (shared?.staff ?? []).filter((person) => person.id !== me?.id && person.jobType);
  const counterpart = colleagues.find((person) => person.id === counterpartId);
  const myShift = mine?.shifts.find((shift) => shift.id === myShiftId);
  const theirShift = theirs.value?.shifts.find((shift) => shift.id === theirShiftId);
  const names = useMemo(() => new Map((shared?.staff ?? []).map((person) => [person.id, person.name])), [shared]);

  const violations = useMemo(() => {
    if (!me || !counterpart || !myShift || !theirShift || !mine || !theirs.value || !shiftTypes || !shared) return null;
    return swapViolations({ me, counterpart, myShift, theirShift, mine, theirs: theirs.value, shiftTypes, holidays: shared.holidays, policy: policyOf(shared.settings), now });
  }, [me, counterpart, myShift, theirShift, mine, theirs.value, shiftTypes, shared, now]);

  const submit = () =>
    send(
      () => dataProvider.create('shiftSwapRequests', { data: { requesterShiftId: myShiftId, counterpartId, counterpartShiftId: theirShiftId, reason: reason.trim() } }),
      'app.scheduling.swap.submitted',
      '/shiftSwapRequests',
    );

  const ready = violations !== null && violations.length === 0 && reason.trim().length > 0 && !saving;
  const policy = policyOf(shared?.settings);

  return (
    <Card sx={{ mt: 2, maxWidth: 760 }}>
      <Title title={translate('app.scheduling.swap.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.scheduling.swap.hint', { max: policy.maxSwapsPerMonth })}
          </Typography>
          <TextField select label={translate('app.scheduling.swap.myShift')} value={myShift ? myShiftId : ''} onChange={(event) => setMyShiftId(event.target.value)} inputProps={{ name: 'requesterShiftId' }}>
            {upcoming(mine?.shifts).map((shift) => (
              <MenuItem key={shift.id} value={shift.id}>
                {labelOf(shift)}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label={translate('app.scheduling.swap.counterpart')} value={counterpart ? counterpartId : ''} onChange={(event) => setCounterpartId(event.target.value)} inputProps={{ name: 'counterpartId' }}>
            {colleagues.map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {`${person.name}（${translate(`sanxin.enums.jobType.${person.jobType}`)} · ${person.skillLevel} 级）`}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={translate('app.scheduling.swap.theirShift')}
            value={theirShift ? theirShiftId : ''}
            onChange={(event) => setTheirShiftId(event.target.value)}
            disabled={!counterpartId || theirs.loading}
            inputProps={{ name: 'counterpartShiftId' }}
          >
            {upcoming(theirs.value?.shifts).map((shift) => (
              <MenuItem key={shift.id} value={shift.id}>
                {labelOf(shift)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={translate('app.scheduling.swap.reason')} value={reason} onChange={(event) => setReason(event.target.value)} multiline minRows={2} inputProps={{ name: 'reason', maxLength: 500 }} required />
          {violations === null && myShiftId && counterpartId && theirShiftId && (
            <Stack direction="row" spacing={1} alignItems="center">
              <CircularProgress size={16} />
              <span>{translate('app.scheduling.swap.checking')}</span>
            </Stack>
          )}
          {violations && <ViolationList title={translate('app.scheduling.swap.violations')} violations={violations} names={names} />}
          {violations?.length === 0 && (
            <Alert severity="success" data-testid="swap-ok">
              {translate('app.scheduling.swap.ok')}
            </Alert>
          )}
          <ViolationList title={translate('app.scheduling.swap.serverViolations')} violations={serverViolations} names={names} />
          <Stack direction="row" spacing={1}>
            <Button variant="contained" disabled={!ready} onClick={submit}>
              {translate('app.scheduling.swap.submit')}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};
