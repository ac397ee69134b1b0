import { TableDownload } from '../tableDownload/TableDownload';
import type { DownloadColumn } from '../tableDownload/tableFile';
import { Alert, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Role } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { Link, Loading, Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { canSeeWorkload } from '../assignment/access';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { summarize, type WorkloadRow, workloadRows } from './workloadSummary';

const customersOf = (agentId: string) => `/customers?filter=${encodeURIComponent(JSON.stringify({ ownerId: agentId }))}`;

/** Loads the workloads and the contracts per owner (one batched request). */
export function useWorkloads(enabled = true) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [rows, setRows] = useState<WorkloadRow[]>();
  const [failure, setFailure] = useState<string>();
  const reload = useCallback(async () => {
    try {
      const workloads = await dataProvider.agentWorkloads();
      // Contract counts are extra information: the chart of customers stands without them.
      const contracts = await dataProvider.contractCounts(workloads.map((workload) => workload.agent.id)).catch(() => null);
      setRows(workloadRows(workloads, contracts));
      setFailure(undefined);
    } catch (error) {
      setFailure((error as Error).message);
    }
  }, [dataProvider]);
  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);
  return { rows, failure, reload };
}

export const WorkloadChart = ({ rows }: { rows: WorkloadRow[] }) => {
  const translate = useTranslate();
  const withContracts = rows.some((row) => row.contracts !== null);
  return (
    <Box sx={{ width: '100%', height: 360 }} role="img" aria-label={translate('app.workload.chartLabel')}>
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="customers" name={translate('app.workload.customers')} fill="#1976d2" isAnimationActive={false}>
            <LabelList dataKey="customers" position="top" />
          </Bar>
          {withContracts && (
            <Bar dataKey="contracts" name={translate('app.workload.contracts')} fill="#7b1fa2" isAnimationActive={false}>
              <LabelList dataKey="contracts" position="top" />
            </Bar>
          )}
          <Bar dataKey="awaiting" name={translate('app.workload.awaiting')} fill="#ed6c02" isAnimationActive={false} />
          <Bar dataKey="overdue" name={translate('app.workload.overdue')} fill="#d32f2f" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

/** The numbers behind the chart, readable and linkable: one row per active agent. */
export const WorkloadTable = ({ rows }: { rows: WorkloadRow[] }) => {
  const translate = useTranslate();
  const withContracts = rows.some((row) => row.contracts !== null);
  const columns: Array<DownloadColumn<WorkloadRow>> = [
    { title: translate('app.workload.agent'), type: 'text', value: (row) => row.name },
    { title: translate('app.workload.customers'), type: 'number', value: (row) => row.customers },
    ...(withContracts ? [{ title: translate('app.workload.contracts'), type: 'number' as const, value: (row: WorkloadRow) => row.contracts }] : []),
    { title: translate('app.workload.awaiting'), type: 'number', value: (row) => row.awaiting },
    { title: translate('app.workload.overdue'), type: 'number', value: (row) => row.overdue },
  ];
  return (
    <>
      <Table size="small" aria-label={translate('app.workload.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.workload.agent')}</TableCell>
            <TableCell align="right">{translate('app.workload.customers')}</TableCell>
            {withContracts && <TableCell align="right">{translate('app.workload.contracts')}</TableCell>}
            <TableCell align="right">{translate('app.workload.awaiting')}</TableCell>
            <TableCell align="right">{translate('app.workload.overdue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.agentId} data-agent-id={row.agentId}>
              <TableCell>
                <Link to={customersOf(row.agentId)}>{row.name}</Link>
              </TableCell>
              <TableCell align="right" data-column="customers">
                {row.customers}
              </TableCell>
              {withContracts && (
                <TableCell align="right" data-column="contracts">
                  {row.contracts}
                </TableCell>
              )}
              <TableCell align="right" data-column="awaiting">
                {row.awaiting}
              </TableCell>
              <TableCell align="right" data-column="overdue" sx={{ color: row.overdue > 0 ? 'error.main' : undefined }}>
                {row.overdue}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TableDownload filename={translate('app.workload.title')} columns={columns} rows={rows} label={translate('app.workload.table')} />
    </>
  );
};

export const WorkloadPage = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const allowed = canSeeWorkload(identity?.role as Role | undefined);
  const { rows, failure } = useWorkloads(allowed);
  if (isPending) return <Loading />;
  if (!allowed) return <Alert severity="warning">{translate('sanxin.errors.FORBIDDEN')}</Alert>;

  const summary = rows ? summarize(rows) : undefined;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.workload.title" />
      <CardContent>
        {failure && <Alert severity="error">{translate(failure)}</Alert>}
        {!rows && !failure && <Loading />}
        {rows && rows.length === 0 && <Typography>{translate('app.workload.empty')}</Typography>}
        {rows && rows.length > 0 && summary && (
          <Stack spacing={2}>
            <Stack direction="row" spacing={4}>
              <Typography>
                {translate('app.workload.totalCustomers')}：<strong data-testid="workload-total">{summary.totalCustomers}</strong>
              </Typography>
              <Typography>
                {translate('app.workload.spread')}：<strong data-testid="workload-spread">{summary.spread}</strong>
              </Typography>
              {rows.every((row) => row.contracts === null) && <Typography color="text.secondary">{translate('app.workload.contractsUnavailable')}</Typography>}
            </Stack>
            <WorkloadChart rows={rows} />
            <WorkloadTable rows={rows} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
