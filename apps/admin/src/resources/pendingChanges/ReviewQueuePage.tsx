import { Card, CardContent, CardHeader, FormControlLabel, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { changeLine } from './changeText';
import type { QueuedChange } from './pendingChangeQueries';
import { ReviewButtons } from './ReviewButtons';
import { ReviewStatistics } from './ReviewStatistics';
import { ExportMenu } from '../../export/ExportButton';

/** 复核队列: held changes with old → new and the steps this person may take, then the per-operator statistics. */
export function ReviewQueuePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [pendingOnly, setPendingOnly] = useState(true);
  const [rows, setRows] = useState<QueuedChange[] | null>(null);
  const load = useCallback(() => {
    dataProvider.reviewQueue(pendingOnly ? ['PENDING'] : null).then(setRows, (error: Error) => notify(error.message, { type: 'error' }));
  }, [dataProvider, pendingOnly, notify]);
  useEffect(() => load(), [load]);
  const field = (name: string) => translate(`resources.pendingChanges.fields.${name}`);
  return (
    <>
      <Title title="app.review.queue" />
      <Card sx={{ mt: 1 }}>
        <CardHeader
          title={translate('app.review.queue')}
          action={
            <>
              <FormControlLabel
                control={<Switch checked={pendingOnly} onChange={(_, on) => setPendingOnly(on)} />}
                label={translate('app.review.pendingOnly')}
              />
              <ExportMenu list="pendingChanges" filter={pendingOnly ? { status: ['PENDING'] } : {}} />
            </>
          }
        />
        <CardContent>
          {rows && rows.length === 0 ? (
            <Typography color="text.secondary">{translate('app.review.empty')}</Typography>
          ) : (
            <Table size="small" aria-label={translate('app.review.queue')}>
              <TableHead>
                <TableRow>
                  {['record', 'changes', 'submittedBy', 'submittedAt', 'status', 'decidedBy', ''].map((name) => (
                    <TableCell key={name}>{name ? field(name) : ''}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {(rows ?? []).map((row) => (
                  <TableRow key={row.id} data-testid="review-row">
                    <TableCell>
                      {translate(`sanxin.enums.reviewedEntity.${row.entity.toLowerCase()}`)} · {row.customer?.name ?? row.contract?.number ?? row.recordId}
                    </TableCell>
                    <TableCell>
                      {row.changes.map((change) => (
                        <div key={change.field}>{changeLine(translate, row.entity, change)}</div>
                      ))}
                    </TableCell>
                    <TableCell>{row.submittedBy?.name}</TableCell>
                    <TableCell>{new Date(row.submittedAt).toLocaleString()}</TableCell>
                    <TableCell>
                      {translate(`sanxin.enums.pendingChangeStatus.${row.status}`)}
                      {row.errorReason ? `（${translate(`sanxin.enums.reviewErrorReason.${row.errorReason}`)}）` : ''}
                    </TableCell>
                    <TableCell>{row.decidedBy?.name ?? ''}</TableCell>
                    <TableCell>
                      <ReviewButtons change={row} onDone={load} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <ReviewStatistics />
    </>
  );
}
