import { Alert, Box, Card, CardContent, Chip, Grid, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { type FollowUpTrigger, type ScriptContext, surnameOf } from '@sanxin/domain';
import { Link, Loading, Title, useGetIdentity, useGetRecordId, useTranslate } from 'react-admin';
import { CallScriptPanel } from '../callScripts';
import { formatInstant } from '../scheduling';
import { AttemptPanel } from './AttemptPanel';
import { CallWindowBadge, OverdueMark } from './CallWindowBadge';
import { FollowUpLeaderButtons } from './FollowUpLeaderButtons';
import type { FollowUpCall } from './followUpQueries';
import { ResultForm } from './ResultForm';
import { useFollowUpCall } from './useFollowUpCall';

const Line = ({ label, value }: { label: string; value: React.ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ minWidth: 0 }}>
    <Typography color="text.secondary" sx={{ flexShrink: 0 }}>
      {label}
    </Typography>
    <Typography sx={{ overflowWrap: 'anywhere' }}>{value || '-'}</Typography>
  </Stack>
);

/** 客户卡片: as the server masks it for this viewer (保密), with the contact to ask for. */
const CustomerCard = ({ followUp }: { followUp: FollowUpCall }) => {
  const translate = useTranslate();
  const { customer, contact } = followUp;
  return (
    <Card component="section" aria-label={translate('app.followUp.call.customer')}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6">{customer?.name}</Typography>
          {customer && <Chip size="small" label={translate(`sanxin.enums.tier.${customer.tier}`)} />}
          <CallWindowBadge window={followUp.callWindow} />
          <OverdueMark overdue={followUp.overdue} />
        </Stack>
        <Stack spacing={0.5}>
          <Line label={translate('app.followUp.call.phone')} value={customer?.phone} />
          <Line label={translate('app.followUp.call.email')} value={customer?.email} />
          <Line label={translate('app.followUp.call.address')} value={customer?.address} />
          <Line label={translate('app.followUp.call.owner')} value={customer?.owner?.name} />
          {contact && <Line label={translate('app.followUp.call.contact')} value={[contact.name, contact.position, contact.phone].filter(Boolean).join(' · ')} />}
          {customer?.piiMasked && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.followUp.call.masked')}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** Whom the script addresses: the contact person, or the customer when a person (个人客户); the agent by name. */
const scriptContextOf = (followUp: FollowUpCall, agentName: string | undefined): ScriptContext => ({
  customerSurname: surnameOf(followUp.contact?.name ?? (followUp.customer?.kind === 'INDIVIDUAL' ? followUp.customer.name : null)),
  agentName: agentName ?? null,
});

const FollowUpFacts = ({ followUp }: { followUp: FollowUpCall }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} sx={{ my: 2 }}>
      <Line label={translate('resources.followUps.fields.status')} value={translate(`sanxin.enums.followUpStatus.${followUp.status}`)} />
      <Line label={translate('resources.followUps.fields.trigger')} value={translate(`sanxin.enums.followUpTrigger.${followUp.trigger}`)} />
      <Line label={translate('resources.followUps.fields.dueAt')} value={formatInstant(followUp.dueAt)} />
      {followUp.nextAttemptAt && <Line label={translate('app.followUp.call.nextAttemptAt')} value={formatInstant(followUp.nextAttemptAt)} />}
      {followUp.appointmentAt && <Line label={translate('app.followUp.call.appointmentAt')} value={formatInstant(followUp.appointmentAt)} />}
      <Line label={translate('resources.followUps.fields.assignee')} value={followUp.assignee?.name} />
      {followUp.trigger === 'COMPLAINT' && followUp.sourceId && (
        <Line label={translate('app.followUp.call.source')} value={<Link to={`/complaints/${encodeURIComponent(followUp.sourceId)}/show`}>{translate('app.followUp.call.openComplaint')}</Link>} />
      )}
      {followUp.note && <Line label={translate('app.followUp.call.note')} value={followUp.note} />}
    </Stack>
  );
};

/** 通话记录: every attempt, oldest first, with who called. */
const AttemptTimeline = ({ followUp }: { followUp: FollowUpCall }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate('app.followUp.call.attempts')} sx={{ my: 2 }}>
      <Typography variant="h6">{translate('app.followUp.call.attempts')}</Typography>
      {followUp.attempts.length === 0 ? (
        <Typography color="text.secondary">{translate('app.followUp.call.noAttempts')}</Typography>
      ) : (
        <List dense>
          {followUp.attempts.map((attempt) => (
            <ListItem key={attempt.id} disableGutters data-attempt={attempt.outcome}>
              <ListItemText
                primary={`${formatInstant(attempt.at)} · ${translate(`sanxin.enums.attemptOutcome.${attempt.outcome}`)}${attempt.appointmentAt ? ` → ${formatInstant(attempt.appointmentAt)}` : ''}${attempt.identityVerified ? ` · ${translate('app.followUp.call.identityVerified')}` : ''}`}
                secondary={[attempt.actor?.name, attempt.note].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};

const ResultSummary = ({ followUp }: { followUp: FollowUpCall }) => {
  const translate = useTranslate();
  if (!followUp.satisfaction) return null;
  return (
    <Stack spacing={0.5} sx={{ my: 2 }} aria-label={translate('app.followUp.call.result')}>
      <Line label={translate('app.followUp.call.satisfaction')} value={`${translate(`sanxin.enums.satisfaction.${followUp.satisfaction}`)} · ${followUp.score ?? '-'}`} />
      {followUp.suggestions && <Line label={translate('app.followUp.call.suggestions')} value={followUp.suggestions} />}
      {followUp.improvement && <Line label={translate('app.followUp.call.improvement')} value={followUp.improvement} />}
      {followUp.unsatisfiedAction && <Line label={translate('app.followUp.call.unsatisfiedAction')} value={translate(`sanxin.enums.unsatisfiedAction.${followUp.unsatisfiedAction}`)} />}
    </Stack>
  );
};

/**
 * 回访通话: the customer card, the follow-up and its source, the attempt buttons and the result form
 * (only the steps the API lists in `availableActions`), the leader's steps and the calls so far. The right
 * column is the call script's (标准服务用语).
 */
export const FollowUpCallScreen = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const id = String(useGetRecordId());
  const { followUp, reload, run, refusal } = useFollowUpCall(id);
  if (followUp === undefined) return <Loading />;
  if (followUp === null) return <Alert severity="error">{translate('ra.page.not_found')}</Alert>;
  const actions = followUp.availableActions as string[];
  const finished = ['DONE', 'CANCELLED'].includes(followUp.status);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.followUp.call.title" />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7, lg: 8 }}>
          <CustomerCard followUp={followUp} />
          <FollowUpFacts followUp={followUp} />
          {actions.includes('RECORD_ATTEMPT') && <AttemptPanel refusal={refusal} onRecord={(input) => run('recordFollowUpAttempt', input, 'app.followUp.done.recordAttempt')} />}
          {actions.includes('COMPLETE') && (
            <ResultForm trigger={followUp.trigger as FollowUpTrigger} onComplete={(input) => run('completeFollowUp', input, 'app.followUp.done.complete')} />
          )}
          {!actions.includes('COMPLETE') && followUp.status === 'IN_PROGRESS' && !followUp.reachedAt && (
            <Typography color="text.secondary">{translate('app.followUp.call.noResultYet')}</Typography>
          )}
          {finished && <Alert severity="info">{translate('app.followUp.call.finished')}</Alert>}
          <ResultSummary followUp={followUp} />
          <FollowUpLeaderButtons record={followUp} onDone={reload} />
          <AttemptTimeline followUp={followUp} />
        </Grid>
        <Grid size={{ xs: 12, md: 5, lg: 4 }} component="aside" aria-label={translate('app.followUp.call.scriptSlot')}>
          <CallScriptPanel script={followUp.callScript ?? null} context={scriptContextOf(followUp, identity?.fullName)} />
        </Grid>
      </Grid>
    </Box>
  );
};
