import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { CUSTOMER_TIERS, LIFECYCLE_STAGES, type Role } from '@sanxin/domain';
import { useMemo, useState } from 'react';
import { Link, Loading, type RaRecord, Title, useDataProvider, useGetIdentity, useGetList, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import type { AssignmentSuggestion } from './assignmentQueries';
import { isConflict } from '../providers/graphqlErrors';
import { WorkloadTable, useWorkloads } from '../workload/WorkloadPage';
import { canAssignCustomers } from './access';
import { type Choices, initialChoices, planAssignment, topAgentOf } from './assignmentPlan';
import { SuggestionReasons } from './suggestionReasons';

/** The API pages at most 200 rows; the candidates are the first page of the filtered list. */
const CANDIDATES = 200;

interface CandidateFilter {
  q: string;
  tier: string[];
  lifecycle: string[];
}

const CandidateFilters = ({ filter, onChange }: { filter: CandidateFilter; onChange(filter: CandidateFilter): void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
      <TextField
        size="small"
        label={translate('ra.action.search')}
        value={filter.q}
        onChange={(event) => onChange({ ...filter, q: event.target.value })}
        name="q"
      />
      <TextField
        size="small"
        select
        label={translate('resources.customers.fields.tier')}
        value={filter.tier}
        onChange={(event) => onChange({ ...filter, tier: event.target.value as unknown as string[] })}
        slotProps={{ select: { multiple: true } }}
        sx={{ width: 180 }}
      >
        {CUSTOMER_TIERS.map((tier) => (
          <MenuItem key={tier} value={tier}>
            {translate(`sanxin.enums.tier.${tier}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        select
        label={translate('resources.customers.fields.lifecycle')}
        value={filter.lifecycle}
        onChange={(event) => onChange({ ...filter, lifecycle: event.target.value as unknown as string[] })}
        slotProps={{ select: { multiple: true } }}
        sx={{ width: 200 }}
      >
        {LIFECYCLE_STAGES.map((stage) => (
          <MenuItem key={stage} value={stage}>
            {translate(`sanxin.enums.lifecycle.${stage}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

const CandidateTable = ({ customers, selected, onSelect }: { customers: RaRecord[]; selected: Set<string>; onSelect(ids: Set<string>): void }) => {
  const translate = useTranslate();
  const allSelected = customers.length > 0 && customers.every((customer) => selected.has(String(customer.id)));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Table size="small" aria-label={translate('resources.customers.name')}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={allSelected}
              indeterminate={!allSelected && customers.some((customer) => selected.has(String(customer.id)))}
              onChange={() => onSelect(allSelected ? new Set() : new Set(customers.map((customer) => String(customer.id))))}
              slotProps={{ input: { 'aria-label': translate('ra.action.select_all') } }}
            />
          </TableCell>
          <TableCell>{translate('resources.customers.fields.name')}</TableCell>
          <TableCell>{translate('resources.customers.fields.tier')}</TableCell>
          <TableCell>{translate('resources.customers.fields.lifecycle')}</TableCell>
          <TableCell>{translate('app.assignment.currentOwner')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {customers.map((customer) => (
          <TableRow key={customer.id} hover selected={selected.has(String(customer.id))}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selected.has(String(customer.id))}
                onChange={() => toggle(String(customer.id))}
                slotProps={{ input: { 'aria-label': customer.name } }}
              />
            </TableCell>
            <TableCell>
              <Link to={`/customers/${encodeURIComponent(customer.id)}/show`}>{customer.name}</Link>
            </TableCell>
            <TableCell>{translate(`sanxin.enums.tier.${customer.tier}`)}</TableCell>
            <TableCell>{translate(`sanxin.enums.lifecycle.${customer.lifecycle}`)}</TableCell>
            <TableCell>{customer.owner?.name ?? translate('app.assignment.unassigned')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export interface SuggestionTableProps {
  suggestions: AssignmentSuggestion[];
  customers: Map<string, RaRecord>;
  choices: Choices;
  onChoose(customerId: string, agentId: string): void;
}

/** Per customer: the top agent preselected, the alternatives in the picker, and why (in words). */
export const SuggestionTable = ({ suggestions, customers, choices, onChoose }: SuggestionTableProps) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.assignment.suggestions')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.assignment.customer')}</TableCell>
          <TableCell>{translate('app.assignment.tier')}</TableCell>
          <TableCell>{translate('app.assignment.suggested')}</TableCell>
          <TableCell>{translate('app.assignment.chosen')}</TableCell>
          <TableCell>{translate('app.assignment.reasonsLabel')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {suggestions.map((suggestion) => {
          const customer = customers.get(suggestion.customerId);
          const chosenId = choices[suggestion.customerId];
          const chosen = suggestion.agents.find((ranked) => ranked.agent.id === chosenId);
          const top = suggestion.agents[0];
          return (
            <TableRow key={suggestion.customerId} data-customer-id={suggestion.customerId}>
              <TableCell>{customer?.name ?? suggestion.customerId}</TableCell>
              <TableCell>{customer ? translate(`sanxin.enums.tier.${customer.tier}`) : ''}</TableCell>
              <TableCell>{top ? top.agent.name : <Typography color="error">{translate('app.assignment.noQualified')}</Typography>}</TableCell>
              <TableCell>
                {suggestion.agents.length > 0 && (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <TextField
                      select
                      size="small"
                      value={chosenId ?? ''}
                      onChange={(event) => onChoose(suggestion.customerId, event.target.value)}
                      slotProps={{ htmlInput: { 'aria-label': `${translate('app.assignment.chosen')} ${customer?.name ?? ''}` } }}
                      sx={{ minWidth: 220 }}
                    >
                      {suggestion.agents.map((ranked) => (
                        <MenuItem key={ranked.agent.id} value={ranked.agent.id}>
                          {ranked.agent.name}（{translate('app.assignment.projectedLoad', { count: ranked.projectedLoad })}）
                        </MenuItem>
                      ))}
                    </TextField>
                    {chosenId && chosenId !== topAgentOf(suggestion) && <Chip size="small" color="warning" label={translate('app.assignment.overridden')} />}
                  </Stack>
                )}
              </TableCell>
              <TableCell>{chosen && <SuggestionReasons reasons={chosen.reasons} />}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

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
