import { Alert, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useMemo, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../workflow/ActionDialog';
import { LeaveFlags } from './leaveRequests/LeaveRequestList';
import { formatInstant } from './format';
import type { LeaveRecord, RosterShift, SwapRecord } from './schedulingQueries';
import { canApproveLeave, canApproveSwaps, useLoad, useMe, useSchedulingProvider, useShiftLabel, useShiftTypes } from './useSchedulingData';
import { SwapActionButtons } from './SwapActionButtons';
import { useViolationMessage, violationsOf } from './ViolationList';

type Decision = { kind: 'leave'; id: string; version: number };

interface SwapInbox {
  swaps: SwapRecord[];
  shifts: Map<string, RosterShift>;
}

/** 审批: swaps waiting for the viewer (the colleague's consent, each leader's side), leave waiting for the viewer's role. */
export const ApprovalsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const shiftTypes = useShiftTypes();
  const types = useMemo(() => new Map((shiftTypes ?? []).map((type) => [type.id, type])), [shiftTypes]);
  const labelOf = useShiftLabel(types);
  const violationMessage = useViolationMessage();
  const [rejecting, setRejecting] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);

  const swapsEnabled = canApproveSwaps(me?.role);
  const leaveEnabled = canApproveLeave(me?.role);

  const loadSwaps = useCallback(async (): Promise<SwapInbox> => {
    // Only the swaps waiting for the viewer (the API's awaitingMe: their consent as the colleague, or their
    // approval as the leader of a side not yet approved, never their own swap). A side already approved may
    // still be rejected, but no longer waits here.
    const swaps = await dataProvider.swapRequests({ awaitingMe: true });
    const ids = [...new Set(swaps.flatMap((swap) => [swap.requesterShiftId, swap.counterpartShiftId]))];
    const shifts = ids.length ? await dataProvider.rosterShifts({ ids }) : [];
    return { swaps, shifts: new Map(shifts.map((shift) => [shift.id, shift])) };
  }, [dataProvider]);
  const swapInbox = useLoad<SwapInbox>(swapsEnabled ? loadSwaps : null);

  const loadLeave = useCallback(() => dataProvider.leaveRequestsOf({ awaitingMe: true }), [dataProvider]);
  const leaveInbox = useLoad<LeaveRecord[]>(leaveEnabled ? loadLeave : null);

  const decide = async (decision: Decision, approve: boolean, decisionNote?: string) => {
    setBusy(true);
    const mutation = `${approve ? 'approve' : 'reject'}LeaveRequest`;
    try {
      await dataProvider.workflow(mutation, { id: decision.id, version: decision.version, ...(approve ? {} : { input: { note: decisionNote || null } }) });
      notify(approve ? 'app.scheduling.approvals.approved' : 'app.scheduling.approvals.rejected', { type: 'success' });
    } catch (error) {
      const violations = violationsOf(error);
      notify(violations ? violations.map(violationMessage).join('；') : (error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
      setRejecting(null);
      await leaveInbox.reload();
    }
  };

  /** 逾期申请已认可: the manager's step before the chain approves a late request. */
  const acceptLate = async (leave: LeaveRecord) => {
    setBusy(true);
    try {
      await dataProvider.workflow('acceptLateLeaveRequest', { id: leave.id, version: leave.version, input: {} });
      notify('app.scheduling.approvals.lateAccepted', { type: 'success' });
    } catch (error) {
      const violations = violationsOf(error);
      notify(violations ? violations.map(violationMessage).join('；') : (error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
      await leaveInbox.reload();
    }
  };

  const shiftText = (inbox: SwapInbox | undefined, id: string) => {
    const shift = inbox?.shifts.get(id);
    return shift ? `${labelOf(shift)}（${shift.team?.name ?? ''}）` : id;
  };
  const side = (leaderId: string | null) => (
    <Chip size="small" color={leaderId ? 'success' : 'default'} label={translate(leaderId ? 'app.scheduling.approvals.approvedSide' : 'app.scheduling.approvals.pendingSide')} />
  );

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.scheduling.approvals.title')} />
      <CardContent>
        <Stack spacing={3}>
          {swapsEnabled && (
            <section aria-label={translate('app.scheduling.approvals.swaps')}>
              <Typography variant="h6" gutterBottom>
                {translate('app.scheduling.approvals.swaps')}
              </Typography>
              {swapInbox.error && <Alert severity="error">{swapInbox.error}</Alert>}
              {swapInbox.value?.swaps.length === 0 ? (
                <Typography color="text.secondary">{translate('app.scheduling.approvals.emptySwaps')}</Typography>
              ) : (
                <Table size="small" aria-label={translate('app.scheduling.approvals.swaps')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.scheduling.approvals.requester')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.counterpart')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.shifts')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.reason')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.sides')}</TableCell>
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {swapInbox.value?.swaps.map((swap) => (
                      <TableRow key={swap.id} data-swap={swap.id}>
                        <TableCell>{swap.requester?.name}</TableCell>
                        <TableCell>{swap.counterpart?.name}</TableCell>
                        <TableCell>
                          <div>↑ {shiftText(swapInbox.value, swap.requesterShiftId)}</div>
                          <div>↓ {shiftText(swapInbox.value, swap.counterpartShiftId)}</div>
                        </TableCell>
                        <TableCell>{swap.reason}</TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={0.5}>
                            {side(swap.requesterLeaderId)}
                            {side(swap.counterpartLeaderId)}
                          </Stack>
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <SwapActionButtons swap={swap} onDone={swapInbox.reload} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          )}
          {leaveEnabled && (
            <section aria-label={translate('app.scheduling.approvals.leave')}>
              <Typography variant="h6" gutterBottom>
                {translate('app.scheduling.approvals.leave')}
              </Typography>
              {leaveInbox.error && <Alert severity="error">{leaveInbox.error}</Alert>}
              {leaveInbox.value?.length === 0 ? (
                <Typography color="text.secondary">{translate('app.scheduling.approvals.emptyLeave')}</Typography>
              ) : (
                <Table size="small" aria-label={translate('app.scheduling.approvals.leave')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('app.scheduling.approvals.requester')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.type')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.period')}</TableCell>
                      <TableCell>{translate('app.scheduling.approvals.reason')}</TableCell>
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {leaveInbox.value?.map((leave) => (
                      <TableRow key={leave.id} data-leave={leave.id}>
                        <TableCell>
                          {leave.staff?.name}
                          {leave.requestedBy && leave.requestedBy.id !== leave.staffId && (
                            <Typography variant="caption" display="block" color="text.secondary">
                              {translate('app.scheduling.approvals.filedBy', { name: leave.requestedBy.name })}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell>
                          {translate(`sanxin.enums.leaveType.${leave.type}`)}
                          {leave.emergency ? ` · ${translate('resources.leaveRequests.fields.emergency')}` : ''}
                          <LeaveFlags leave={leave} />
                        </TableCell>
                        <TableCell>
                          {formatInstant(leave.startsAt)} – {formatInstant(leave.endsAt)}
                        </TableCell>
                        <TableCell>
                          {leave.reason}
                          {leave.certificateRef ? `（${leave.certificateRef}）` : ''}
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {leave.availableActions.includes('ACCEPT_LATE') && (
                            <Button size="small" variant="contained" color="warning" disabled={busy} onClick={() => acceptLate(leave)}>
                              {translate('app.scheduling.approvals.acceptLate')}
                            </Button>
                          )}{' '}
                          {leave.availableActions.includes('APPROVE') && (
                            <Button size="small" variant="contained" disabled={busy} onClick={() => decide({ kind: 'leave', id: leave.id, version: leave.version }, true)}>
                              {translate('app.scheduling.approvals.approve')}
                            </Button>
                          )}{' '}
                          {leave.availableActions.includes('REJECT') && (
                            <Button size="small" color="error" disabled={busy} onClick={() => setRejecting({ kind: 'leave', id: leave.id, version: leave.version })}>
                              {translate('app.scheduling.approvals.reject')}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          )}
        </Stack>
      </CardContent>
      {rejecting && (
        <ActionDialog
          title={translate('app.scheduling.approvals.reject')}
          fields={[{ name: 'note', label: 'app.scheduling.approvals.rejectNote', type: 'multiline' }]}
          confirmLabel="app.scheduling.approvals.reject"
          confirmColor="error"
          onClose={() => setRejecting(null)}
          onConfirm={async ({ note }) => {
            await decide(rejecting, false, note.trim());
            return true;
          }}
        />
      )}
    </Card>
  );
};
