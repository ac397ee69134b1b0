import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ImportRowStatus } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { Confirm, Link, Loading, Title, useDataProvider, useNotify, useParams, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { rowErrorText } from './importLabels';
import { type ImportJobView, type ImportRowView, ROWS_PER_PAGE } from './importQueries';

const STATUS_COLOR: Record<ImportRowStatus, 'success' | 'error' | 'warning' | 'info' | 'default'> = {
  VALID: 'info',
  INVALID: 'error',
  DUPLICATE: 'warning',
  IMPORTED: 'success',
  SKIPPED: 'default',
};
/** While an import runs, the job is read again this often: its counts are its progress. */
const PROGRESS_POLL_MS = 1000;

/** What a row links to: the record it created, or the record (or earlier row) it duplicates. */
const RowLinks = ({ row }: { row: ImportRowView }) => {
  const translate = useTranslate();
  if (row.customer && (row.status === 'IMPORTED' || row.contract)) {
    return (
      <Stack direction="row" spacing={1}>
        {row.contract && <Link to={`/contracts/${row.contract.id}/show`}>{row.contract.number}</Link>}
        {!row.contract && <Link to={`/customers/${row.customer.id}/show`}>{row.customer.name}</Link>}
      </Stack>
    );
  }
  if (row.duplicateOfCustomer) {
    return (
      <span>
        {translate('app.imports.sameAs')} <Link to={`/customers/${row.duplicateOfCustomer.id}/show`}>{row.duplicateOfCustomer.name}</Link>
      </span>
    );
  }
  if (row.duplicateOfContract) {
    return (
      <span>
        {translate('app.imports.sameAs')} <Link to={`/contracts/${row.duplicateOfContract.id}/show`}>{row.duplicateOfContract.number}</Link>
      </span>
    );
  }
  if (row.matchRow) return <span>{translate(row.status === 'DUPLICATE' ? 'app.imports.sameAsRow' : 'app.imports.contactOfRow', { row: row.matchRow })}</span>;
  return null;
};

/** 试导入结果 and the import itself: counts, the rows with their errors and duplicates, 导入有效行 (confirmed) with its progress. */
export const ImportJobPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [job, setJob] = useState<ImportJobView | null>();
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState<'RUN' | 'CANCEL' | null>(null);
  const [running, setRunning] = useState(false);

  const load = useCallback(async () => {
    try {
      setJob(await dataProvider.importJob(id, page));
    } catch (e) {
      setJob(null);
      notify((e as Error).message, { type: 'error' });
    }
  }, [dataProvider, id, notify, page]);
  useEffect(() => void load(), [load]);

  // While the mutation runs, the job is read again: each committed batch shows in importedCount.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), PROGRESS_POLL_MS);
    return () => clearInterval(timer);
  }, [running, load]);

  const step = async (action: 'RUN' | 'CANCEL') => {
    if (!job) return;
    setConfirming(null);
    setRunning(action === 'RUN');
    try {
      if (action === 'RUN') await dataProvider.runImport(job.id, job.version);
      else await dataProvider.cancelImport(job.id, job.version);
      notify(action === 'RUN' ? 'app.imports.imported' : 'app.imports.cancelled', { type: 'info' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setRunning(false);
      await load();
    }
  };

  if (job === undefined) return <Loading />;
  if (job === null) return <Alert severity="warning">{translate('app.imports.notFound')}</Alert>;
  const pages = Math.ceil(job.rows.total / ROWS_PER_PAGE);
  return (
    <Box sx={{ p: 2 }}>
      <Title title={`${translate('app.imports.title')} · ${job.fileName}`} />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
            <Typography variant="h6">{job.fileName}</Typography>
            <Chip label={translate(`sanxin.enums.importKind.${job.kind}`)} size="small" />
            <Chip label={translate(`sanxin.enums.importJobStatus.${job.status}`)} size="small" color={job.status === 'DONE' ? 'success' : 'default'} data-testid="import-status" />
          </Stack>
          <Typography sx={{ mt: 1 }} data-testid="import-counts">
            {translate('app.imports.summary', {
              total: job.totalRows,
              valid: job.validCount,
              invalid: job.invalidCount,
              duplicate: job.duplicateCount,
              imported: job.importedCount,
            })}
          </Typography>
          {(running || job.status === 'IMPORTING') && (
            <LinearProgress sx={{ mt: 1 }} variant="determinate" value={job.validCount ? (100 * job.importedCount) / job.validCount : 0} aria-label={translate('app.imports.progress')} />
          )}
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            {job.availableActions.includes('RUN') && (
              <Button variant="contained" disabled={running || job.validCount === job.importedCount} onClick={() => setConfirming('RUN')}>
                {translate('sanxin.enums.importJobAction.RUN')}
              </Button>
            )}
            {job.availableActions.includes('CANCEL') && (
              <Button disabled={running} onClick={() => setConfirming('CANCEL')}>
                {translate('sanxin.enums.importJobAction.CANCEL')}
              </Button>
            )}
            <Button component={Link} to="/imports">
              {translate('app.imports.back')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Table size="small" aria-label={translate('app.imports.rows')} sx={{ mt: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.imports.rowNumber')}</TableCell>
            <TableCell>{translate('app.imports.status')}</TableCell>
            <TableCell>{translate('app.imports.values')}</TableCell>
            <TableCell>{translate('app.imports.problems')}</TableCell>
            <TableCell>{translate('app.imports.record')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {job.rows.items.map((row) => (
            <TableRow key={row.rowNumber} data-row={row.rowNumber}>
              <TableCell>{row.rowNumber}</TableCell>
              <TableCell>
                <Chip size="small" color={STATUS_COLOR[row.status]} label={translate(`sanxin.enums.importRowStatus.${row.status}`)} />
              </TableCell>
              <TableCell>{row.values.map((v) => v.value).join(' · ')}</TableCell>
              <TableCell>
                {row.errors.map((e) => (
                  <div key={`${e.path}-${e.code}`}>{rowErrorText(e, translate)}</div>
                ))}
              </TableCell>
              <TableCell>
                <RowLinks row={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages > 1 && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }} alignItems="center">
          <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
            {translate('ra.navigation.prev')}
          </Button>
          <Typography>
            {page + 1} / {pages}
          </Typography>
          <Button disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {translate('ra.navigation.next')}
          </Button>
        </Stack>
      )}
      <Confirm
        isOpen={confirming !== null}
        title={confirming === 'CANCEL' ? 'app.imports.confirmCancelTitle' : 'app.imports.confirmRunTitle'}
        content={translate(confirming === 'CANCEL' ? 'app.imports.confirmCancel' : 'app.imports.confirmRun', { count: job.validCount - job.importedCount })}
        onConfirm={() => confirming && step(confirming)}
        onClose={() => setConfirming(null)}
      />
    </Box>
  );
};
