import { Alert, AlertTitle, Box } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { changeLine } from './changeText';
import type { ChangeDetail } from './pendingChangeQueries';
import { ReviewButtons } from './ReviewButtons';

/** 待复核 on a customer or contract page: the held fields old → new, and the steps this person may take. */
export function PendingChangeBanner() {
  const record = useRecordContext<{ id: string; pendingChange?: { id: string } | null }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [change, setChange] = useState<ChangeDetail | null>(null);
  const id = record?.pendingChange?.id;
  const load = useCallback(() => {
    if (!id) {
      setChange(null);
      return;
    }
    dataProvider.pendingChangeDetail(id).then(setChange, () => setChange(null));
  }, [dataProvider, id]);
  useEffect(() => load(), [load]);
  if (!id || !change || change.status !== 'PENDING') return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="pending-change-banner">
      <AlertTitle>{translate('app.review.banner')}</AlertTitle>
      {change.changes.map((line) => (
        <Box key={line.field}>{changeLine(translate, change.entity, line)}</Box>
      ))}
      <Box sx={{ color: 'text.secondary', fontSize: '0.85em', my: 1 }}>
        {translate('app.review.bannerBy', { name: change.submittedBy?.name ?? '', at: new Date(change.submittedAt).toLocaleString() })}
      </Box>
      <ReviewButtons change={change} onDone={refresh} />
    </Alert>
  );
}
