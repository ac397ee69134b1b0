import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import type { WeeklyQaView } from './reportQueries';

const oneDecimal = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));
const signed = (value: number | null | undefined) => (value == null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(1)}`);

/**
 * 周报·质检汇总: the week's evaluations in the report's scope (an agent their own), the mean total with
 * the trend, the per-dimension means, the lowest-scored items and the disputes. Loads by itself, so the
 * week's figures show without waiting for it.
 */
export const WeeklyQaSection = ({ date, teamId }: { date: string; teamId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [qa, setQa] = useState<WeeklyQaView | null>();
  useEffect(() => {
    let live = true;
    setQa(undefined);
    dataProvider.weeklyQa(date, teamId || null).then(
      (result) => live && setQa(result),
      (error: Error) => {
        if (!live) return;
        setQa(null);
        notify(error.message, { type: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notify, date, teamId]);
  if (!qa) return null;
  const dimension = (code: string) => translate(`sanxin.enums.qualityDimension.${code}`, { _: code });
  const { overall } = qa;

  return (
    <Box component="section" aria-label={translate('app.reports.qa.title')} sx={{ mt: 3 }}>
      <Typography variant="subtitle1" gutterBottom>
        {translate('app.reports.qa.title')}
      </Typography>
      {overall.evaluations === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.reports.qa.none')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2">
            {translate('app.reports.qa.evaluations', { count: overall.evaluations })} · {translate('app.reports.qa.average')} {oneDecimal(overall.average)}（
            {translate('app.reports.qa.change')} {signed(overall.change)}） ·{' '}
            {translate('app.reports.qa.disputes', { open: qa.disputesOpen, decided: qa.disputesDecided })}
          </Typography>
          <Table size="small" sx={{ mt: 1 }} aria-label={translate('app.reports.qa.dimension')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.reports.qa.dimension')}</TableCell>
                <TableCell align="right">{translate('app.reports.qa.dimensionAverage')}</TableCell>
                <TableCell align="right">{translate('app.reports.qa.change')}</TableCell>
                <TableCell align="right">{translate('app.reports.qa.items')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {overall.dimensions.map((row) => (
                <TableRow key={row.dimension}>
                  <TableCell>{dimension(row.dimension)}</TableCell>
                  <TableCell align="right">{oneDecimal(row.average)}</TableCell>
                  <TableCell align="right">{signed(row.change)}</TableCell>
                  <TableCell align="right">{row.items}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {qa.lowestItems.length > 0 && (
            <Table size="small" sx={{ mt: 2 }} aria-label={translate('app.reports.qa.lowest')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.reports.qa.lowest')}</TableCell>
                  <TableCell align="right">{translate('app.reports.qa.score')}</TableCell>
                  <TableCell>{translate('app.reports.qa.comment')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {qa.lowestItems.map((item) => (
                  <TableRow key={`${item.evaluationId}:${item.dimension}`}>
                    <TableCell>
                      <Link to={`/qualityEvaluations/${item.evaluationId}/show`}>
                        {dimension(item.dimension)}
                      </Link>
                    </TableCell>
                    <TableCell align="right">
                      {item.score} / {item.maxScore}
                    </TableCell>
                    <TableCell>{item.comment ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Box>
  );
};
