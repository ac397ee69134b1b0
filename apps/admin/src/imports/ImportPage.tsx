import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { IMPORT_KINDS, type ImportKind } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { Link, Title, useDataProvider, useLocation, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { type ImportJobListItem, ImportUploadError, uploadImport } from './importQueries';
import { uploadErrorMessage } from './importLabels';
import { ExportMenu } from '../export/ExportButton';

/** 批量导入: choose what the file holds, pick it, and its dry run opens; below, the imports so far. */
export const ImportPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { search } = useLocation();
  const [kind, setKind] = useState<ImportKind>(new URLSearchParams(search).get('kind') === 'CONTRACTS' ? 'CONTRACTS' : 'CUSTOMERS');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [jobs, setJobs] = useState<ImportJobListItem[]>();

  const load = useCallback(async () => {
    try {
      setJobs(await dataProvider.importJobs());
    } catch (e) {
      setJobs([]);
      notify((e as Error).message, { type: 'error' });
    }
  }, [dataProvider, notify]);
  useEffect(() => void load(), [load]);

  const dryRun = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { id } = await uploadImport(kind, file);
      redirect(`/imports/${id}`);
    } catch (e) {
      setError(e instanceof ImportUploadError ? uploadErrorMessage(e.error, translate) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('app.imports.title')} />
      <Card>
        <CardContent>
          <Stack spacing={2} sx={{ maxWidth: 560 }}>
            <Typography variant="body2">{translate('app.imports.intro')}</Typography>
            <TextField select size="small" label={translate('app.imports.kind')} value={kind} onChange={(e) => setKind(e.target.value as ImportKind)}>
              {IMPORT_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {translate(`sanxin.enums.importKind.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <Typography variant="caption">{translate(kind === 'CUSTOMERS' ? 'app.imports.customerColumns' : 'app.imports.contractColumns')}</Typography>
            <Button variant="outlined" component="label">
              {file ? file.name : translate('app.imports.pickFile')}
              <input
                hidden
                type="file"
                aria-label={translate('app.imports.pickFile')}
                accept=".csv,.xlsx,text/csv"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </Button>
            {error && <Alert severity="error">{error}</Alert>}
            <Button variant="contained" disabled={!file || busy} onClick={dryRun}>
              {translate(busy ? 'app.imports.checking' : 'app.imports.dryRun')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mt: 3, mb: 1 }}>
        <Typography variant="h6">{translate('app.imports.jobs')}</Typography>
        <ExportMenu list="importJobs" domain="importJob" filter={{}} />
      </Stack>
      {jobs?.length === 0 && <Typography>{translate('app.imports.noJobs')}</Typography>}
      {jobs && jobs.length > 0 && (
        <Table size="small" aria-label={translate('app.imports.jobs')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.imports.fileName')}</TableCell>
              <TableCell>{translate('app.imports.kind')}</TableCell>
              <TableCell>{translate('app.imports.status')}</TableCell>
              <TableCell>{translate('app.imports.counts')}</TableCell>
              <TableCell>{translate('app.imports.createdBy')}</TableCell>
              <TableCell>{translate('app.imports.createdAt')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {jobs.map((job) => (
              <TableRow key={job.id}>
                <TableCell>
                  <Link to={`/imports/${job.id}`}>{job.fileName}</Link>
                </TableCell>
                <TableCell>{translate(`sanxin.enums.importKind.${job.kind}`)}</TableCell>
                <TableCell>
                  <Chip size="small" label={translate(`sanxin.enums.importJobStatus.${job.status}`)} />
                </TableCell>
                <TableCell>{translate('app.imports.countsText', { total: job.totalRows, valid: job.validCount, imported: job.importedCount })}</TableCell>
                <TableCell>{job.createdBy?.name}</TableCell>
                <TableCell>{new Date(job.createdAt).toLocaleString()}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
