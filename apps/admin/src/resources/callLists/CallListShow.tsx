import { Button, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CALL_LIST_STATUSES, canAccess, type Role } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import {
  ChipField,
  DateField,
  NumberField,
  ReferenceArrayField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { CallListProgress } from './callListQueries';

/** A call list: what it calls and with which script, the launch of a draft, and the progress per agent. */
export const CallListShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="status" choices={choicesOf(CALL_LIST_STATUSES, 'callListStatus')} />
      <TextField source="callScript.name" label="resources.callLists.fields.callScript" />
      <NumberField source="callScriptRevision" />
      <ReferenceArrayField source="agentIds" reference="staffMembers">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <NumberField source="dailyQuota" />
      <NumberField source="customerCount" />
      <TextField source="startDate" />
      <DateField source="launchedAt" showTime />
      <ProgressTable />
    </SimpleShowLayout>
  </Show>
);

const Actions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { identity } = useGetIdentity();
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'DRAFT' || !canAccess(identity?.role as Role, 'callList', 'edit')) return <TopToolbar />;
  const launch = async () => {
    if (!window.confirm(translate('app.callList.launchConfirm', { name: record.name }))) return;
    setBusy(true);
    try {
      const launched = await dataProvider.launchCallList(String(record.id), record.version);
      notify(translate('app.callList.launched', { count: launched.customerCount ?? 0 }), { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <TopToolbar>
      <Button variant="contained" onClick={launch} disabled={busy}>
        {translate('app.callList.launch')}
      </Button>
    </TopToolbar>
  );
};

const ProgressTable = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [progress, setProgress] = useState<CallListProgress | null>();
  const id = record?.id as string | undefined;
  const version = record?.version;
  useEffect(() => {
    if (!id || version == null) return;
    let current = true;
    dataProvider.callListProgress(id).then((loaded) => current && setProgress(loaded));
    return () => {
      current = false;
    };
  }, [dataProvider, id, version]);
  if (progress === undefined) return <LinearProgress />;
  if (!progress) return null;
  const label = (key: string) => translate(`app.callList.progress.${key}`);
  const columns = ['total', 'done', 'unreachable', 'open', 'cancelled'] as const;
  return (
    <section aria-label={label('title')}>
      <Typography variant="subtitle2">{label('title')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{label('agent')}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                {label(column)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {progress.agents.map((row) => (
            <TableRow key={row.agentId}>
              <TableCell>{row.agent?.name ?? row.agentId}</TableCell>
              {columns.map((column) => (
                <TableCell key={column} align="right">
                  {row[column]}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>{label('all')}</strong>
            </TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                <strong>{progress[column]}</strong>
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
};
