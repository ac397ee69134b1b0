import { Alert, Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Loading, type RaRecord, Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { EvaluationButtons } from '../resources/qualityEvaluations/EvaluationButtons';
import type { MonthlyQuality } from './qualityQueries';
import { monthsUpTo } from './trendMonths';

const TREND_MONTHS = 6;

const thisMonth = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};

const average = (value: number | null) => (value === null ? '—' : value.toFixed(1));

export const QualityTrendChart = ({ rows }: { rows: MonthlyQuality[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', height: 280 }} role="img" aria-label={translate('app.quality.trendChart')}>
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis domain={[0, 100]} />
          <Tooltip />
          <Line type="monotone" dataKey="averageTotal" name={translate('app.quality.average')} stroke="#1976d2" connectNulls isAnimationActive={false}>
            <LabelList dataKey="averageTotal" position="top" formatter={(value: unknown) => (typeof value === 'number' ? value.toFixed(1) : '')} />
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};

/** The numbers behind the chart: month, average total, how many evaluations. */
const TrendTable = ({ rows }: { rows: MonthlyQuality[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.quality.trendChart')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.quality.month')}</TableCell>
          <TableCell align="right">{translate('app.quality.average')}</TableCell>
          <TableCell align="right">{translate('app.quality.evaluations')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.month} data-testid="trend-row" data-month={row.month}>
            <TableCell>{row.month}</TableCell>
            <TableCell align="right" data-column="average">
              {average(row.averageTotal)}
            </TableCell>
            <TableCell align="right">{row.evaluations}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const MyEvaluations = ({ evaluations }: { evaluations: RaRecord[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.quality.myEvaluations')}>
      <TableBody>
        {evaluations.map((evaluation) => (
          <TableRow key={evaluation.id} data-testid="my-evaluation" data-status={evaluation.status}>
            <TableCell>
              <Link to={`/qualityEvaluations/${evaluation.id}/show`}>{evaluation.month}</Link>
            </TableCell>
            <TableCell>{translate(`sanxin.enums.evaluationStatus.${evaluation.status}`)}</TableCell>
            <TableCell align="right">{average(evaluation.total ?? null)}</TableCell>
            <TableCell>
              <EvaluationButtons record={evaluation} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 我的质检: the average total of the last months as a chart and as numbers, and the evaluations to acknowledge or dispute. */
export const MyQualityPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [trend, setTrend] = useState<MonthlyQuality[]>();
  const [failure, setFailure] = useState<string>();
  const { data: evaluations } = useGetList('qualityEvaluations', {
    filter: { mine: true },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 20 },
  });
  // The evaluations' versions: a dispute or a revision reloads the trend.
  const versions = evaluations?.map((evaluation) => `${evaluation.id}:${evaluation.version}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a changed evaluation (its version) is what makes the trend stale
  useEffect(() => {
    const months = monthsUpTo(thisMonth(), TREND_MONTHS);
    let live = true;
    dataProvider.qualityTrend(months[0], months[months.length - 1]).then(
      (rows) => live && setTrend(rows),
      (error) => live && setFailure((error as Error).message),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, versions]);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.quality.trendTitle" />
      <CardContent>
        {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
        {!trend && !failure && <Loading />}
        {trend?.every((row) => row.averageTotal === null) && <Typography>{translate('app.quality.noTrend')}</Typography>}
        {trend && (
          <>
            <QualityTrendChart rows={trend} />
            <TrendTable rows={trend} />
          </>
        )}
        <Typography variant="h6" sx={{ mt: 3 }}>
          {translate('app.quality.myEvaluations')}
        </Typography>
        {evaluations && <MyEvaluations evaluations={evaluations} />}
      </CardContent>
    </Card>
  );
};
