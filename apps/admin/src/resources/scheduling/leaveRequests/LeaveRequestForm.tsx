import { Alert, AlertTitle, Button, Card, CardContent, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { approvalChain, certificateDueOn, checkOnBehalf, LEAVE_TYPES, type LeaveType, splitLateLeave, type Violation } from '@sanxin/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import type { Setting } from '../../../settings/settingsQueries';
import { fromLocalInput, type LeaveDraft, leaveViolations } from '../leaveCheck';
import type { HolidayRecord, StaffRef } from '../schedulingQueries';
import { calendarOf, contextWindow, loadPersonContext, type PersonContext, policyOf } from '../swapCheck';
import { useLoad, useMe, useSchedulingProvider, useShiftTypes } from '../useSchedulingData';
import { useViolationMessage, ViolationList } from '../ViolationList';
import { useSubmitRequest } from '../useSubmitRequest';

const EMPTY: LeaveDraft = { type: 'PERSONAL', startsAt: '', endsAt: '', emergency: false, exceptional: false, certificateRef: '' };

/**
 * 请假申请: the deadlines of DOMAIN §7 checked before submitting, and who will approve it (逐级审批).
 * A missed deadline does not block: the request goes in as late and waits for the manager's
 * acceptance. Emergency sick leave goes in without a certificate (due the working day after). A shift
 * leader may file sick or emergency leave for a member of their team (代为请假).
 */
export const LeaveRequestForm = ({ now: givenNow }: { now?: Date }) => {
  const translate = useTranslate();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const shiftTypes = useShiftTypes();
  const [now] = useState(() => givenNow ?? new Date());
  const window = useMemo(() => contextWindow(now), [now]);
  const [draft, setDraft] = useState<LeaveDraft>(EMPTY);
  const [reason, setReason] = useState('');
  const violationMessage = useViolationMessage();
  const [staffId, setStaffId] = useState<string | null>(null);
  const forId = staffId ?? me?.id;
  const [serverViolations, setServerViolations] = useState<Violation[]>([]);
  const { saving, submit: send } = useSubmitRequest(setServerViolations);

  const loadShared = useCallback(
    async () => ({ holidays: await dataProvider.holidaysBetween(window.dateFrom, window.dateTo), settings: await dataProvider.settings().catch(() => [] as Setting[]) }),
    [dataProvider, window],
  );
  const shared = useLoad<{ holidays: HolidayRecord[]; settings: Setting[] }>(loadShared).value;
  const loadTeam = useCallback(() => dataProvider.schedulingStaff({ teamId: me?.teamId as string, active: true }), [dataProvider, me?.teamId]);
  const team = useLoad<StaffRef[]>(me?.role === 'SHIFT_LEADER' && me.teamId ? loadTeam : null).value;
  const loadMine = useCallback(() => loadPersonContext(dataProvider, forId as string, window), [dataProvider, forId, window]);
  const mine = useLoad<PersonContext>(forId ? loadMine : null).value;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the server's answer is stale as soon as the draft changes
  useEffect(() => setServerViolations([]), [draft]);

  const checked = useMemo(() => {
    if (!me || !forId || !mine || !shiftTypes || !shared) return null;
    const found = leaveViolations(forId, draft, mine, shiftTypes, shared.holidays, policyOf(shared.settings), now);
    if (!found) return null;
    const person = team?.find((member) => member.id === forId);
    const onBehalf = checkOnBehalf({ requester: { id: me.id, role: me.role, teamId: me.teamId ?? null }, staff: { id: forId, teamId: person?.teamId ?? null }, type: draft.type, emergency: draft.emergency });
    const { late, blocking } = splitLateLeave(found);
    return { late, blocking: [...onBehalf, ...blocking] };
  }, [me, forId, team, mine, shiftTypes, shared, draft, now]);
  const violations = checked?.blocking ?? null;
  const start = fromLocalInput(draft.startsAt);
  const end = fromLocalInput(draft.endsAt);
  const dueOn = start && end && end > start && draft.emergency && shared ? certificateDueOn({ type: draft.type, start, end }, calendarOf(shared.holidays)) : null;
  const chain = start && end && end > start ? approvalChain({ start, end }).map((role) => translate(`sanxin.enums.role.${role}`)).join(' → ') : null;
  const set = <K extends keyof LeaveDraft>(key: K, value: LeaveDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = () =>
    start &&
    end &&
    send(
      () =>
        dataProvider.create('leaveRequests', {
          data: { ...(forId !== me?.id ? { staffId: forId } : {}), type: draft.type, startsAt: start.toISOString(), endsAt: end.toISOString(), emergency: draft.emergency, exceptional: draft.exceptional, certificateRef: draft.certificateRef.trim(), reason: reason.trim() },
        }),
      'app.scheduling.leave.submitted',
      '/leaveRequests',
    );

  return (
    <Card sx={{ mt: 2, maxWidth: 760 }}>
      <Title title={translate('app.scheduling.leave.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.scheduling.leave.hint')}
          </Typography>
          {team && me && (
            <TextField
              select
              label={translate('resources.leaveRequests.fields.onBehalfOf')}
              helperText={translate('app.scheduling.leave.onBehalfHint')}
              value={forId ?? ''}
              onChange={(event) => setStaffId(event.target.value)}
              inputProps={{ name: 'staffId' }}
            >
              {[me, ...team.filter((member) => member.id !== me.id)].map((member) => (
                <MenuItem key={member.id} value={member.id}>
                  {member.id === me.id ? translate('app.scheduling.leave.myself', { name: member.name }) : member.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField select label={translate('resources.leaveRequests.fields.type')} value={draft.type} onChange={(event) => set('type', event.target.value as LeaveType)} inputProps={{ name: 'type' }}>
            {LEAVE_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {translate(`sanxin.enums.leaveType.${type}`)}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={2}>
            <TextField type="datetime-local" label={translate('resources.leaveRequests.fields.startsAt')} value={draft.startsAt} onChange={(event) => set('startsAt', event.target.value)} InputLabelProps={{ shrink: true }} inputProps={{ name: 'startsAt' }} fullWidth />
            <TextField type="datetime-local" label={translate('resources.leaveRequests.fields.endsAt')} value={draft.endsAt} onChange={(event) => set('endsAt', event.target.value)} InputLabelProps={{ shrink: true }} inputProps={{ name: 'endsAt' }} fullWidth />
          </Stack>
          <Stack direction="row" spacing={2}>
            <FormControlLabel control={<Checkbox checked={draft.emergency} onChange={(event) => set('emergency', event.target.checked)} name="emergency" />} label={translate('resources.leaveRequests.fields.emergency')} />
            <FormControlLabel control={<Checkbox checked={draft.exceptional} onChange={(event) => set('exceptional', event.target.checked)} name="exceptional" />} label={translate('resources.leaveRequests.fields.exceptional')} />
          </Stack>
          <TextField
            label={translate('resources.leaveRequests.fields.certificateRef')}
            value={draft.certificateRef}
            onChange={(event) => set('certificateRef', event.target.value)}
            inputProps={{ name: 'certificateRef', maxLength: 100 }}
            helperText={dueOn ? translate('app.scheduling.leave.certificateLater', { date: dueOn }) : undefined}
          />
          <TextField label={translate('resources.leaveRequests.fields.reason')} value={reason} onChange={(event) => setReason(event.target.value)} multiline minRows={2} required inputProps={{ name: 'reason', maxLength: 500 }} />
          {chain && <Typography variant="body2">{translate('app.scheduling.leave.chain', { chain })}</Typography>}
          {violations && <ViolationList title={translate('app.scheduling.leave.violations')} violations={violations} />}
          {checked && checked.late.length > 0 && (
            <Alert severity="warning" data-testid="leave-late">
              <AlertTitle>{translate('app.scheduling.leave.late')}</AlertTitle>
              {checked.late.map((violation) => (
                <div key={violation.rule}>{violationMessage(violation)}</div>
              ))}
            </Alert>
          )}
          {violations?.length === 0 && checked?.late.length === 0 && <Alert severity="success">{translate('app.scheduling.leave.ok')}</Alert>}
          <ViolationList title={translate('app.scheduling.leave.serverViolations')} violations={serverViolations} />
          <div>
            <Button variant="contained" disabled={!violations || violations.length > 0 || !reason.trim() || saving} onClick={submit}>
              {translate('app.scheduling.leave.submit')}
            </Button>
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
};
