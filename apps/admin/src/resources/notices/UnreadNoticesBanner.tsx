import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { UnreadNotices } from './noticeQueries';

/**
 * 未读公告 at sign-in: the published notices the viewer has not signed for, shown above every page
 * until they press 已阅读 (a read receipt on the server, so a reload or another browser agrees).
 * Loaded lazily by the layout: the first page does not wait for it.
 */
export const UnreadNoticesBanner = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [unread, setUnread] = useState<UnreadNotices | null>(null);
  const [busy, setBusy] = useState<string>();
  const load = useCallback(() => dataProvider.unreadNotices().then(setUnread, () => setUnread(null)), [dataProvider]);
  useEffect(() => {
    if (identity?.id) load();
  }, [identity?.id, load]);
  if (!unread?.items.length) return null;
  const markRead = async (id: string) => {
    setBusy(id);
    try {
      await dataProvider.markNoticeRead(id);
      await load();
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Alert severity="info" role="region" aria-label={translate('app.notice.unread', { count: unread.total })} data-testid="unread-notices" sx={{ mt: 1 }}>
      <AlertTitle>{translate('app.notice.unread', { count: unread.total })}</AlertTitle>
      {unread.items.map((notice) => (
        <Box key={notice.id} data-testid="unread-notice" sx={{ mb: 1.5 }}>
          <Typography variant="subtitle2">{notice.title}</Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {notice.body}
          </Typography>
          <Button size="small" variant="outlined" disabled={busy === notice.id} onClick={() => markRead(notice.id)} sx={{ mt: 0.5 }}>
            {translate('app.notice.markRead')}
          </Button>
        </Box>
      ))}
    </Alert>
  );
};
