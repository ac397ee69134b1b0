import { Card, CardContent, CardHeader, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { localDateIn } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { OperatorStats } from './pendingChangeQueries';

const today = () => localDateIn('Asia/Shanghai', new Date());

/** 复核统计: per operator and day or month, changes, rejections, error rate and cycle times. */
export function ReviewStatistics() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [period, setPeriod] = useState<'DAY' | 'MONTH'>('MONTH');
  const [from, setFrom] = useState(() => `${today().slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [rows, setRows] = useState<OperatorStats[]>([]);
  useEffect(() => {
    if (!from || !to) return;
    dataProvider.reviewStatistics(period, from, to).then(setRows, (error: Error) => notify(error.message, { type: 'error' }));
  }, [dataProvider, period, from, to, notify]);
  const t = (key: string) => translate(`app.review.${key}`);
  const minutes = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={t('statistics')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
          <TextField select size="small" label={t('period')} value={period} onChange={(event) => setPeriod(event.target.value as 'DAY' | 'MONTH')}>
            {(['DAY', 'MONTH'] as const).map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`sanxin.enums.reviewPeriod.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField size="small" type="date" label={t('from')} value={from} onChange={(event) => setFrom(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField size="small" type="date" label={t('to')} value={to} onChange={(event) => setTo(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        </Stack>
        {rows.length === 0 ? (
          <Typography color="text.secondary">{t('noStatistics')}</Typography>
        ) : (
          <Table size="small" aria-label={t('statistics')}>
            <TableHead>
              <TableRow>
                {['operator', 'periodColumn', 'submitted', 'approvedCount', 'rejectedCount', 'errorRate', 'medianCycle', 'averageCycle'].map((key) => (
                  <TableCell key={key}>{t(key)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={`${row.period}-${row.operatorId}`}>
                  <TableCell>{row.operator?.name ?? row.operatorId}</TableCell>
                  <TableCell>{row.period}</TableCell>
                  <TableCell>{row.submitted}</TableCell>
                  <TableCell>{row.approved}</TableCell>
                  <TableCell>{row.rejected}</TableCell>
                  <TableCell>{row.errorRate == null ? '—' : `${(row.errorRate * 100).toFixed(1)}%`}</TableCell>
                  <TableCell>{minutes(row.medianCycleMinutes)}</TableCell>
                  <TableCell>{minutes(row.averageCycleMinutes)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
