import { Alert, Button as MuiButton, Card, CardContent, Stack, Typography } from '@mui/material';
import { type EscalationLevelName, escalationLevelOf } from '@sanxin/domain';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintRow } from './ComplaintRow';
import { HandlingOpinionDialog } from './HandlingOpinionDialog';
import { useInbox } from './useInbox';

const Section = ({ title, count, empty, children }: { title: string; count: number; empty: string; children: React.ReactNode }) => (
  <Card sx={{ mb: 2 }} component="section" aria-label={title}>
    <CardContent>
      <Typography variant="h6" gutterBottom>
        {title}（{count}）
      </Typography>
      {count === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <Stack spacing={1}>{children}</Stack>
      )}
    </CardContent>
  </Card>
);

/**
 * 我的待办: proposals waiting for my approval (approve or return right here), complaints escalated
 * to me (record the handling opinion), and my complaints that were urged.
 */
export const InboxPage = () => {
  const translate = useTranslate();
  const { inbox, error, reload } = useInbox();
  const [opinionFor, setOpinionFor] = useState<string>();
  const waiting = inbox?.escalations.filter((escalation) => !escalation.opinion) ?? [];
  return (
    <>
      <Title title="app.inbox.title" />
      {Boolean(error) && <Alert severity="error">{(error as Error)?.message}</Alert>}
      {inbox && (
        <>
          <Section title={translate('app.inbox.approvals')} count={inbox.approvals.length} empty={translate('app.inbox.empty')}>
            {inbox.approvals.map((complaint) => (
              <ComplaintRow key={complaint.id} complaint={complaint}>
                <ComplaintActions onDone={reload} />
              </ComplaintRow>
            ))}
          </Section>
          <Section title={translate('app.inbox.escalations')} count={waiting.length} empty={translate('app.inbox.empty')}>
            {waiting.map((escalation) =>
              escalation.complaint ? (
                <ComplaintRow key={escalation.id} complaint={escalation.complaint}>
                  <Typography variant="caption" sx={{ alignSelf: 'center' }}>
                    {translate(`app.complaint.sla.escalated${escalationLevelOf(escalation.level as EscalationLevelName)}`)} ·{' '}
                    {new Date(String(escalation.escalatedAt)).toLocaleString()}
                    {escalation.reason ? ` · ${translate('sanxin.enums.complaintTimelineStep.refer')}：${String(escalation.reason)}` : ''}
                  </Typography>
                  <MuiButton size="small" variant="outlined" onClick={() => setOpinionFor(escalation.complaintId as string)}>
                    {translate('app.complaint.escalation.record')}
                  </MuiButton>
                </ComplaintRow>
              ) : null,
            )}
          </Section>
          <Section title={translate('app.inbox.reassigned')} count={inbox.reassigned.length} empty={translate('app.inbox.empty')}>
            {inbox.reassigned.map((complaint) => (
              <ComplaintRow key={complaint.id} complaint={complaint} />
            ))}
          </Section>
          <Section title={translate('app.inbox.urged')} count={inbox.urged.length} empty={translate('app.inbox.empty')}>
            {inbox.urged.map((complaint) => (
              <ComplaintRow key={complaint.id} complaint={complaint} />
            ))}
          </Section>
        </>
      )}
      {opinionFor && <HandlingOpinionDialog complaintId={opinionFor} onClose={() => setOpinionFor(undefined)} onDone={reload} />}
    </>
  );
};
