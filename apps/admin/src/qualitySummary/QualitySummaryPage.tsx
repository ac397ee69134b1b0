import SchoolIcon from '@mui/icons-material/School';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { canAccess, localDateIn, type Role } from '@sanxin/domain';
import { type ReactNode, useEffect, useState } from 'react';
import { Button, Link, Loading, Title, useDataProvider, useGetIdentity, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { DimensionFigures } from './DimensionFigures';
import type { QualitySummaryFigures } from './qualitySummaryQueries';
import { dimensionLabel, trainingPlanCreatePath, trainingPlanDraft, trendArrow } from './trainingPlanDraft';
import { TeamSelect } from '../forms/TeamSelect';

type Period = QualitySummaryFigures['periodKind'];

const today = () => localDateIn('Asia/Shanghai', new Date());
const evaluationPath = (id: string) => `/qualityEvaluations/${id}/show`;

/** Loads the summary for the filters picked; undefined while loading, null after an error (notified). */
function useQualitySummary(date: string, period: Period, teamId: string, agentId: string, enabled: boolean) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [summary, setSummary] = useState<QualitySummaryFigures | null>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setSummary(undefined);
    dataProvider.qualitySummary({ date, period, teamId: teamId || null, agentId: agentId || null, lowestLimit: 10 }).then(
      (result) => live && setSummary(result),
      (error: Error) => {
        if (!live) return;
        setSummary(null);
        notify(error.message, { type: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notify, date, period, teamId, agentId, enabled]);
  return summary;
}

const Filters = (props: {
  period: Period;
  date: string;
  teamId: string;
  agentId: string;
  showTeams: boolean;
  onChange(change: Partial<{ period: Period; date: string; teamId: string; agentId: string }>): void;
}) => {
  const { period, date, teamId, agentId, showTeams, onChange } = props;
  const translate = useTranslate();
  const { data: agents } = useGetList('staffMembers', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
    filter: { role: ['AGENT'], active: true, ...(teamId ? { teamId } : {}) },
  });
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 2 }} useFlexGap flexWrap="wrap">
      <ToggleButtonGroup
        exclusive
        size="small"
        value={period}
        onChange={(_, value: Period | null) => value && onChange({ period: value })}
        aria-label={translate('app.qualitySummary.period')}
      >
        <ToggleButton value="WEEK">{translate('sanxin.enums.summaryPeriodKind.WEEK')}</ToggleButton>
        <ToggleButton value="MONTH">{translate('sanxin.enums.summaryPeriodKind.MONTH')}</ToggleButton>
      </ToggleButtonGroup>
      <TextField
        type="date"
        size="small"
        label={translate('app.qualitySummary.date')}
        value={date}
        onChange={(event) => event.target.value && onChange({ date: event.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {showTeams && (
        <TeamSelect
          value={teamId}
          onChange={(value) => onChange({ teamId: value, agentId: '' })}
          label="app.qualitySummary.team"
          allLabel="app.qualitySummary.allTeams"
        />
      )}
      <TextField
        select
        size="small"
        sx={{ minWidth: 160 }}
        label={translate('app.qualitySummary.agent')}
        value={agentId}
        onChange={(event) => onChange({ agentId: event.target.value })}
      >
        <MenuItem value="">{translate('app.qualitySummary.allAgents')}</MenuItem>
        {agents?.map((agent) => (
          <MenuItem key={agent.id} value={agent.id}>
            {agent.name}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

const LowestItems = ({ items }: { items: QualitySummaryFigures['lowestItems'] }) => {
  const translate = useTranslate();
  if (items.length === 0) return <Typography color="text.secondary">{translate('app.qualitySummary.noLowest')}</Typography>;
  return (
    <List dense aria-label={translate('app.qualitySummary.lowest')}>
      {items.map((item, index) => (
        <ListItem key={`${item.evaluationId}-${item.dimension}-${index}`} divider data-evaluation-id={item.evaluationId} sx={{ flexWrap: 'wrap' }}>
          <ListItemText
            primary={
              <Link to={evaluationPath(item.evaluationId)}>
                {item.agent?.name ?? item.agentId} · {dimensionLabel(translate, item.dimension)} · {item.score}/{item.maxScore}
              </Link>
            }
            secondary={item.comment ?? undefined}
            slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
          />
        </ListItem>
      ))}
    </List>
  );
};

const CommonComments = ({ phrases }: { phrases: QualitySummaryFigures['commonComments'] }) => {
  const translate = useTranslate();
  if (phrases.length === 0) return <Typography color="text.secondary">{translate('app.qualitySummary.noComments')}</Typography>;
  return (
    <Box aria-label={translate('app.qualitySummary.comments')} role="list">
      {phrases.map(({ phrase, count }) => (
        <Chip key={phrase} role="listitem" label={translate('app.qualitySummary.phraseCount', { phrase, count })} sx={{ mr: 1, mb: 1, maxWidth: '100%' }} />
      ))}
    </Box>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const Overview = ({ summary }: { summary: QualitySummaryFigures }) => {
  const translate = useTranslate();
  const { overall } = summary;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0.5, sm: 4 }}>
      <Typography>{translate('app.qualitySummary.range', { start: summary.periodStart, end: summary.periodEnd })}</Typography>
      <Typography>
        {translate('app.qualitySummary.evaluations')}：<strong data-testid="summary-evaluations">{overall.evaluations}</strong>
      </Typography>
      <Typography>
        {translate('app.qualitySummary.average')}：<strong data-testid="summary-average">{overall.average ?? '—'}</strong>{' '}
        <span data-testid="summary-trend">
          {trendArrow(overall.change)}
          {overall.change !== null ? ` ${overall.change > 0 ? '+' : ''}${overall.change}` : ''}
        </span>
      </Typography>
      <Typography color="text.secondary">
        {translate('app.qualitySummary.previous')}：{overall.previousAverage ?? '—'}
      </Typography>
    </Stack>
  );
};

/** 质检汇总 (QA, shift leaders: their team, managers): how the period went, what to train next. */
export const QualitySummaryPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { identity, isPending } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const allowed = !!role && canAccess(role, 'qualitySummary', 'list');
  const [filters, setFilters] = useState({ period: 'WEEK' as Period, date: today(), teamId: '', agentId: '' });
  const summary = useQualitySummary(filters.date, filters.period, filters.teamId, filters.agentId, allowed);
  if (isPending) return <Loading />;
  if (!allowed) return <Alert severity="warning">{translate('sanxin.errors.FORBIDDEN')}</Alert>;

  const mayPlan = !!role && canAccess(role, 'trainingPlan', 'create');
  const planFromSummary = () => {
    if (!summary) return;
    const draft = trainingPlanDraft(summary, today(), (dimension) =>
      dimension ? translate('app.qualitySummary.topicOf', { dimension: dimensionLabel(translate, dimension) }) : translate('app.qualitySummary.topicGeneral'),
    );
    redirect(trainingPlanCreatePath(draft));
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.qualitySummary.title" />
      <CardContent>
        <Filters {...filters} showTeams={role !== 'SHIFT_LEADER'} onChange={(change) => setFilters({ ...filters, ...change })} />
        {summary === undefined && <Loading />}
        {summary && (
          <Stack spacing={3}>
            <Overview summary={summary} />
            {mayPlan && (
              <Box>
                <Button label="app.qualitySummary.createPlan" variant="contained" onClick={planFromSummary} disabled={summary.overall.evaluations === 0}>
                  <SchoolIcon />
                </Button>
              </Box>
            )}
            <Section title="app.qualitySummary.dimensions">
              <DimensionFigures dimensions={summary.overall.dimensions} />
            </Section>
            <Section title="app.qualitySummary.lowest">
              <LowestItems items={summary.lowestItems} />
            </Section>
            <Section title="app.qualitySummary.comments">
              <CommonComments phrases={summary.commonComments} />
            </Section>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
