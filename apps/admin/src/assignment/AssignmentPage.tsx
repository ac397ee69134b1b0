import { Alert, Box, Button as MuiButton, Card, CardContent, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import type { Role } from '@sanxin/domain';
import { useMemo, useState } from 'react';
import { Loading, Title, useDataProvider, useGetIdentity, useGetList, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { isConflict } from '../providers/graphqlErrors';
import { WorkloadTable, useWorkloads } from '../workload/WorkloadPage';
import { canAssignCustomers } from './access';
import type { AssignmentSuggestion } from './assignmentQueries';
import { type Choices, initialChoices, planAssignment } from './assignmentPlan';
import { type CandidateFilter, CandidateFilters } from './CandidateFilters';
import { CandidateTable } from './CandidateTable';
import { SuggestionTable } from './SuggestionTable';

/** The API pages at most 200 rows; the candidates are the first page of the filtered list. */
const CANDIDATES = 200;

export const AssignmentPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { identity, isPending: identityPending } = useGetIdentity();
  const allowed = canAssignCustomers(identity?.role as Role | undefined);
  const [filter, setFilter] = useState<CandidateFilter>({ q: '', tier: [], lifecycle: [] });
  const [unassignedOnly, setUnassignedOnly] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [suggestions, setSuggestions] = useState<AssignmentSuggestion[]>();
  const [choices, setChoices] = useState<Choices>({});
  const [reason, setReason] = useState(() => translate('app.assignment.defaultReason'));
  const [busy, setBusy] = useState(false);
  const workloads = useWorkloads(allowed);

  // 未分配 is the API's filter (CustomerFilter.unassigned): the whole table is searched, not a first page.
  const {
    data = [],
    isPending,
    refetch,
  } = useGetList(
    'customers',
    {
      filter: { ...filter, ...(unassignedOnly ? { unassigned: true } : {}) },
      pagination: { page: 1, perPage: CANDIDATES },
      sort: { field: 'createdAt', order: 'DESC' },
    },
    { enabled: allowed },
  );
  const byId = useMemo(() => new Map(data.map((customer) => [String(customer.id), customer])), [data]);

  if (identityPending) return <Loading />;
  if (!allowed) return <Alert severity="warning">{translate('sanxin.errors.FORBIDDEN')}</Alert>;

  const fail = (error: unknown) =>
    notify(isConflict(error) ? 'sanxin.errors.CONFLICT' : (error as Error)?.message || 'ra.notification.http_error', { type: 'error' });

  const suggest = async () => {
    setBusy(true);
    try {
      const loaded = await dataProvider.assignmentSuggestions([...selected]);
      setSuggestions(loaded);
      setChoices(initialChoices(loaded));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const plan = suggestions ? planAssignment(suggestions, choices) : null;
  const assign = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      let count = 0;
      if (plan.mode === 'auto') {
        count = (await dataProvider.autoAssign(plan.customerIds, reason.trim())).length;
      } else {
        for (const group of plan.groups) count += (await dataProvider.assignCustomers(group.customerIds, group.agentId, reason.trim())).length;
      }
      notify('app.assignment.assigned', { type: 'info', messageArgs: { count } });
      setSuggestions(undefined);
      setSelected(new Set());
      await Promise.all([refetch(), workloads.reload()]);
    } catch (error) {
      fail(error);
      await workloads.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="app.assignment.title" />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <CandidateFilters filter={filter} onChange={setFilter} />
              <FormControlLabel
                control={<Switch checked={unassignedOnly} onChange={(event) => setUnassignedOnly(event.target.checked)} />}
                label={translate('app.assignment.unassignedOnly')}
              />
            </Stack>
            {isPending ? <Loading /> : <CandidateTable customers={data} selected={selected} onSelect={setSelected} />}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography>{translate('app.assignment.selected', { count: selected.size })}</Typography>
              <MuiButton variant="contained" onClick={suggest} disabled={selected.size === 0 || busy}>
                {translate('app.assignment.suggest')}
              </MuiButton>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
      {suggestions && (
        <Card>
          <CardContent>
            <Stack spacing={2}>
              <Typography variant="h6">{translate('app.assignment.suggestions')}</Typography>
              <SuggestionTable
                suggestions={suggestions}
                customers={byId}
                choices={choices}
                onChoose={(customerId, agentId) => setChoices({ ...choices, [customerId]: agentId })}
              />
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <TextField
                  size="small"
                  label={translate('app.assignment.reason')}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  sx={{ minWidth: 320 }}
                />
                <MuiButton variant="contained" color="primary" onClick={assign} disabled={!plan || !reason.trim() || busy}>
                  {translate('app.assignment.assign')}
                </MuiButton>
                <MuiButton onClick={() => setSuggestions(undefined)}>{translate('app.assignment.cancel')}</MuiButton>
              </Stack>
            </Stack>
          </CardContent>
        </Card>
      )}
      {workloads.rows && (
        <Card>
          <CardContent>
            <Typography variant="h6">{translate('app.workload.title')}</Typography>
            <Box sx={{ maxWidth: 720 }}>
              <WorkloadTable rows={workloads.rows} />
            </Box>
          </CardContent>
        </Card>
      )}
    </Stack>
  );
};
