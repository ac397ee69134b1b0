import ArchiveIcon from '@mui/icons-material/Archive';
import DoneIcon from '@mui/icons-material/Done';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { canAccess, NOTICE_KINDS, NOTICE_STATUSES, type Role } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import {
  Button,
  DateField,
  EditButton,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
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
import type { NoticeReceipts } from './noticeQueries';

const kinds = choicesOf(NOTICE_KINDS, 'noticeKind');
const statuses = choicesOf(NOTICE_STATUSES, 'noticeStatus');

/** 发布 / 归档 as the API offers them (availableActions), and 已阅读 while the viewer has not signed for it. */
const NoticeActions = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const actions = (record.availableActions ?? []) as string[];
  const run = (work: () => Promise<unknown>, done?: string) => async () => {
    setBusy(true);
    try {
      await work();
      if (done) notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <TopToolbar sx={{ justifyContent: 'flex-start', gap: 1 }}>
      {record.status === 'PUBLISHED' && !record.readAt && (
        <Button label="app.notice.markRead" variant="contained" disabled={busy} onClick={run(() => dataProvider.markNoticeRead(String(record.id)))}>
          <DoneIcon />
        </Button>
      )}
      {actions.includes('PUBLISH') && (
        <Button
          label="app.notice.publish"
          disabled={busy}
          onClick={run(() => dataProvider.publishNotice(String(record.id), record.version), 'app.notice.published')}
        >
          <SendIcon />
        </Button>
      )}
      {actions.includes('ARCHIVE') && (
        <Button
          label="app.notice.archive"
          disabled={busy}
          onClick={run(() => dataProvider.archiveNotice(String(record.id), record.version), 'app.notice.archived')}
        >
          <ArchiveIcon />
        </Button>
      )}
      {record.status === 'DRAFT' && actions.length > 0 && <EditButton />}
    </TopToolbar>
  );
};

/** 签收情况 for leaders, managers and the administrator: the people who have read it and those who have not. */
const Receipts = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [receipts, setReceipts] = useState<NoticeReceipts | null>(null);
  const allowed = !!identity?.role && canAccess(identity.role as Role, 'noticeReceipt', 'list');
  const id = record?.id ? String(record.id) : undefined;
  const status = record?.status;
  // Read again after each step (the version moves), so a publish shows its receipts at once.
  const version = record?.version;
  useEffect(() => {
    if (!allowed || !id || status === 'DRAFT' || version == null) return;
    let live = true;
    dataProvider.noticeReceipts(id).then(
      (value) => live && setReceipts(value),
      () => live && setReceipts(null),
    );
    return () => {
      live = false;
    };
  }, [allowed, dataProvider, id, status, version]);
  if (!receipts) return null;
  const names = (people: { id: string; name: string }[]) =>
    people.length
      ? people.map((person) => <Chip key={person.id} label={person.name} size="small" sx={{ mr: 0.5, mb: 0.5 }} />)
      : translate('app.notice.nobody');
  return (
    <Box sx={{ p: 2 }} data-testid="notice-receipts">
      <Typography variant="h6">{translate('app.notice.receipts')}</Typography>
      <Typography>{translate('app.notice.progress', receipts)}</Typography>
      <Stack spacing={1} sx={{ mt: 1 }}>
        <Labeled label="app.notice.readers">
          <Box>{names(receipts.receipts.flatMap((receipt) => (receipt.staff ? [receipt.staff] : [])))}</Box>
        </Labeled>
        <Labeled label="app.notice.notYet">
          <Box>{names(receipts.notYet)}</Box>
        </Labeled>
      </Stack>
    </Box>
  );
};

const ReadBadge = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.readAt ? <Alert severity="success">{translate('app.notice.read')}</Alert> : null;
};

export const NoticeShow = () => (
  <Show actions={<NoticeActions />}>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <SelectField source="kind" choices={kinds} />
      <SelectField source="status" choices={statuses} />
      <DateField source="publishedAt" showTime />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateField source="readAt" showTime />
      <ReadBadge />
    </SimpleShowLayout>
    <Receipts />
  </Show>
);
