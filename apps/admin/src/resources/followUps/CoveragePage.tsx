import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { localDate, type Role } from '@sanxin/domain';
import { useState } from 'react';
import { Link, Loading, Title, useDataProvider, useGetIdentity, useGetList, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { BUSINESS_TIME_ZONE } from '../scheduling';
import { GAP_PAGE, useCoverage } from './useCoverage';
import { TeamSelect } from '../../forms/TeamSelect';

/** The period key the API reads: the month, or its quarter (2026-12 → 2026-Q4). */
export function periodKey(month: string, quarterly: boolean): string {
  if (!quarterly) return month;
  const [year, m] = month.split('-').map(Number);
  return `${year}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/**
 * 重点客户回访覆盖: the share of key customers followed up in the period, the gaps, and their bulk
 * assignment to agents (in turn). A shift leader sees their team (the API decides); managers pick a team or all.
 */
export const CoveragePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { identity } = useGetIdentity();
  const leader = (identity?.role as Role | undefined) === 'SHIFT_LEADER';
  const [month, setMonth] = useState(() => localDate(new Date(), BUSINESS_TIME_ZONE).slice(0, 7));
  const [quarterly, setQuarterly] = useState(false);
  const [teamId, setTeamId] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignees, setAssignees] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const period = periodKey(month, quarterly);
  const { coverage, reload } = useCoverage(period, teamId || null, offset);
  const { data: staff = [] } = useGetList('staffMembers', {
    filter: { active: true, ...(teamId ? { teamId } : {}) },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });

  const assign = async (scope: { customerIds: string[] } | { all: true }) => {
    setBusy(true);
    try {
      const result = await dataProvider.assignFollowUpCoverageGaps({ period, teamId: teamId || null, assigneeIds: assignees, ...scope });
      notify('app.followUp.coverage.assigned', { type: 'info', messageArgs: result });
      setSelected(new Set());
      reload();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.followUp.coverage.title" />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <TextField
          type="month"
          size="small"
          label={translate('app.followUp.coverage.period')}
          value={month}
          onChange={(event) => {
            if (!event.target.value) return;
            setMonth(event.target.value);
            setOffset(0);
          }}
          InputLabelProps={{ shrink: true }}
          inputProps={{ name: 'period' }}
        />
        <FormControlLabel
          control={<Checkbox checked={quarterly} onChange={(event) => setQuarterly(event.target.checked)} />}
          label={translate('app.followUp.coverage.quarter')}
        />
        {!leader && <TeamSelect value={teamId} onChange={setTeamId} label="app.followUp.coverage.team" allLabel="app.followUp.coverage.allTeams" />}
      </Stack>
      {coverage === undefined && <Loading />}
      {coverage && (
        <>
          <Card sx={{ mb: 2 }}>
            <CardContent>
              <Typography variant="h4" data-coverage-percent={coverage.percent}>
                {translate('app.followUp.coverage.percent')} {coverage.percent}%
              </Typography>
              <LinearProgress
                variant="determinate"
                value={coverage.percent}
                sx={{ my: 1, height: 8 }}
                aria-label={translate('app.followUp.coverage.percent')}
              />
              <Typography color="text.secondary">
                {coverage.periodStart} – {coverage.periodEnd} ·{' '}
                {translate('app.followUp.coverage.covered', { covered: coverage.covered, total: coverage.total })}
              </Typography>
            </CardContent>
          </Card>
          <Typography variant="h6">{translate('app.followUp.coverage.gaps', { count: coverage.gapCount })}</Typography>
          {coverage.gapCount === 0 ? (
            <Alert severity="success">{translate('app.followUp.coverage.noGaps')}</Alert>
          ) : (
            <>
              <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
                <TextField
                  select
                  size="small"
                  label={translate('app.followUp.coverage.assignees')}
                  value={assignees}
                  onChange={(event) => setAssignees(typeof event.target.value === 'string' ? event.target.value.split(',') : (event.target.value as string[]))}
                  SelectProps={{ multiple: true }}
                  sx={{ minWidth: 220, maxWidth: '100%' }}
                  inputProps={{ name: 'assigneeIds' }}
                >
                  {staff.map((person) => (
                    <MenuItem key={person.id} value={String(person.id)}>
                      {person.name}
                    </MenuItem>
                  ))}
                </TextField>
                <Button
                  variant="contained"
                  disabled={busy || assignees.length === 0 || selected.size === 0}
                  onClick={() => assign({ customerIds: [...selected] })}
                >
                  {translate('app.followUp.coverage.assignSelected', { count: selected.size })}
                </Button>
                <Button variant="outlined" disabled={busy || assignees.length === 0} onClick={() => assign({ all: true })}>
                  {translate('app.followUp.coverage.assignAll')}
                </Button>
              </Stack>
              <Card>
                <List dense aria-label={translate('app.followUp.coverage.gaps', { count: coverage.gapCount })}>
                  {coverage.gaps.map(({ customer, openFollowUp }) => (
                    <ListItem key={customer.id} data-gap={customer.id} divider>
                      <ListItemIcon>
                        <Checkbox
                          edge="start"
                          checked={selected.has(customer.id)}
                          onChange={() => toggle(customer.id)}
                          inputProps={{ 'aria-label': customer.name }}
                        />
                      </ListItemIcon>
                      <ListItemText
                        primary={<Link to={`/customers/${encodeURIComponent(customer.id)}/show`}>{customer.name}</Link>}
                        secondary={[
                          `${translate('app.followUp.coverage.owner')}: ${customer.owner?.name ?? '-'}`,
                          openFollowUp ? translate('app.followUp.coverage.planned', { name: openFollowUp.assignee?.name ?? '-' }) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      />
                    </ListItem>
                  ))}
                </List>
              </Card>
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button disabled={offset === 0} onClick={() => setOffset(Math.max(offset - GAP_PAGE, 0))}>
                  {translate('ra.navigation.previous')}
                </Button>
                <Button disabled={offset + GAP_PAGE >= coverage.gapCount} onClick={() => setOffset(offset + GAP_PAGE)}>
                  {translate('ra.navigation.next')}
                </Button>
              </Stack>
            </>
          )}
        </>
      )}
    </Box>
  );
};
