import { Alert, Box, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { canAccess, type QuotaStatus, type Role } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { Link, Loading, Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import type { QualityQueueRow } from './qualityQueries';

const QUOTA_COLOURS: Record<QuotaStatus, 'warning' | 'success' | 'error'> = { UNDER: 'warning', DONE: 'success', OVER: 'error' };

/** This month as YYYY-MM in the browser's clock (the business runs in one time zone). */
const thisMonth = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};

/** Where a proposal leads: its evaluation when there is one, otherwise a new scorecard (with a reason asked for beyond the quota). */
function proposalPath(row: QualityQueueRow, proposal: QualityQueueRow['proposals'][number]): string {
  if (proposal.evaluation)
    return proposal.evaluation.status === 'DRAFT'
      ? `/quality/evaluations/${proposal.evaluation.id}/score`
      : `/qualityEvaluations/${proposal.evaluation.id}/show`;
  const overQuota = row.evaluations >= row.maxPerAgent;
  return `/quality/evaluate/${proposal.kind}/${proposal.id}${overQuota ? '?overQuota=1' : ''}`;
}

const AgentRow = ({ row }: { row: QualityQueueRow }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="quality-queue-row" data-agent-id={row.agentId} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography sx={{ fontWeight: 500, minWidth: '5rem' }}>{row.agent?.name}</Typography>
        <Chip size="small" color={QUOTA_COLOURS[row.quotaStatus]} label={translate(`sanxin.enums.quotaStatus.${row.quotaStatus}`)} />
        <Typography variant="body2" color="text.secondary">
          {translate('app.quality.progress', { count: row.evaluations, min: row.minPerAgent, max: row.maxPerAgent })}
        </Typography>
      </Stack>
      {row.evaluations >= row.maxPerAgent && (
        <Typography variant="caption" color="error">
          {translate('app.quality.overQuotaHint')}
        </Typography>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {row.proposals.length === 0 && <Typography variant="body2">{translate('app.quality.noProposals')}</Typography>}
        {row.proposals.map((proposal) => (
          <Link key={`${proposal.kind}-${proposal.id}`} to={proposalPath(row, proposal)} data-testid="quality-proposal" data-kind={proposal.kind}>
            <Chip
              clickable
              variant={proposal.evaluation ? 'filled' : 'outlined'}
              color={proposal.flagged ? 'error' : 'default'}
              label={[
                translate(`sanxin.enums.evaluatedKind.${proposal.kind}`),
                translate(`sanxin.enums.${proposal.kind === 'COMPLAINT' ? 'complaintChannel' : 'channel'}.${proposal.channel}`, { _: proposal.channel }),
                proposal.flagged ? translate('app.quality.flagged') : null,
                proposal.evaluation ? `${translate('app.quality.evaluated')} ${proposal.evaluation.total ?? ''}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </Link>
        ))}
      </Stack>
    </Box>
  );
};

/** 质检工作台: the month's quota progress per agent and the sampler's proposals; a proposal opens its scorecard. */
export const QualityWorkspacePage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { identity, isPending } = useGetIdentity();
  const allowed = !!identity?.role && canAccess(identity.role as Role, 'qualityEvaluation', 'create');
  const [month, setMonth] = useState(thisMonth);
  const [rows, setRows] = useState<QualityQueueRow[]>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    if (!allowed || !/^\d{4}-\d{2}$/.test(month)) return;
    let live = true;
    setRows(undefined);
    dataProvider.qualityQueue(month).then(
      (value) => {
        if (!live) return;
        setRows(value);
        setFailure(undefined);
      },
      (error) => live && setFailure((error as Error).message),
    );
    return () => {
      live = false;
    };
  }, [allowed, dataProvider, month]);
  if (isPending) return <Loading />;
  if (!allowed) return <Alert severity="warning">{translate('sanxin.errors.FORBIDDEN')}</Alert>;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.quality.workspaceTitle" />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <TextField
            type="month"
            size="small"
            label={translate('app.quality.month')}
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
        {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
        {!rows && !failure && <Loading />}
        {rows?.map((row) => (
          <AgentRow key={row.agentId} row={row} />
        ))}
      </CardContent>
    </Card>
  );
};
