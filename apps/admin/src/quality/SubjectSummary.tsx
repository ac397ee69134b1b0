import { Box, Stack, Typography } from '@mui/material';
import type { EvaluatedKind } from '@sanxin/domain';
import type { ReactNode } from 'react';
import { Link, useGetOne, useTranslate } from 'react-admin';

const Line = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</Typography>
    </Box>
  );
};

const when = (at: unknown) => (typeof at === 'string' ? new Date(at).toLocaleString() : '');

const InteractionSummary = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { data } = useGetOne('interactions', { id });
  if (!data) return null;
  return (
    <>
      <Line label="resources.interactions.fields.customerId">{data.customer?.name}</Line>
      <Line label="resources.interactions.fields.occurredAt">{when(data.occurredAt)}</Line>
      <Line label="resources.interactions.fields.channel">{translate(`sanxin.enums.channel.${data.channel}`, { _: data.channel })}</Line>
      <Line label="resources.interactions.fields.summary">{data.summary}</Line>
    </>
  );
};

const ComplaintSummary = ({ id }: { id: string }) => {
  const { data } = useGetOne('complaints', { id });
  if (!data) return null;
  return (
    <>
      <Line label="resources.complaints.fields.number">
        <Link to={`/complaints/${id}/show`}>{data.number}</Link>
      </Line>
      <Line label="resources.complaints.fields.customerId">{data.customer?.name}</Line>
      <Line label="resources.complaints.fields.receivedAt">{when(data.receivedAt)}</Line>
      <Line label="resources.complaints.fields.description">{data.description}</Line>
      <Line label="resources.complaints.fields.customerRequest">{data.customerRequest}</Line>
    </>
  );
};

/** The record being evaluated, beside the scorecard: what was said and to whom. A follow-up call has no page of its own. */
export const SubjectSummary = ({ kind, id }: { kind: EvaluatedKind; id: string }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5} data-testid="evaluated-record">
      <Typography variant="h6">
        {translate('app.quality.record')} · {translate(`sanxin.enums.evaluatedKind.${kind}`)}
      </Typography>
      {kind === 'INTERACTION' && <InteractionSummary id={id} />}
      {kind === 'COMPLAINT' && <ComplaintSummary id={id} />}
    </Stack>
  );
};
