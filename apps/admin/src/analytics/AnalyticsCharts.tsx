import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DownloadColumn } from '../tableDownload/tableFile';
import type { AnalyticsFigures } from './analyticsQueries';
import { FigureTable } from './FigureTable';

const COLORS = ['#1976d2', '#ef6c00', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#546e7a'];

type Row<K extends keyof AnalyticsFigures> = AnalyticsFigures[K] extends Array<infer R> ? R : never;

/** One chart: its title, the picture (role img, named), and beneath it the same figures as a table with downloads. */
const ChartCard = ({ id, title, chart, children }: { id: string; title: string; chart: ReactNode; children: ReactNode }) => (
  <Card variant="outlined" data-chart={id} component="section" aria-label={title}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <Box sx={{ width: '100%', height: 260 }} role="img" aria-label={title}>
        <ResponsiveContainer>{chart as never}</ResponsiveContainer>
      </Box>
      {children}
    </CardContent>
  </Card>
);

/** The five charts of 统计分析 for the figures answered; `suffix` names the period in the files (统计分析_类别分布_2026-10-01_2026-11-30). */
export const AnalyticsCharts = ({ figures }: { figures: AnalyticsFigures }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.analytics.${key}`);
  const file = (chart: string) => `${t('title')}_${t(chart)}_${figures.from}_${figures.to}`;
  const month: DownloadColumn<{ month: string }> = { title: t('month'), type: 'text', value: (row) => row.month };

  const mixColumns: Array<DownloadColumn<Row<'categoryMix'>>> = [
    { title: t('category'), type: 'text', value: (row) => row.categoryName },
    { title: t('count'), type: 'number', value: (row) => row.count },
    { title: t('share'), type: 'percent', value: (row) => row.share },
    { title: t('previousCount'), type: 'number', value: (row) => row.previousCount },
    { title: t('change'), type: 'percent', value: (row) => row.change },
  ];
  const trendColumns: Array<DownloadColumn<Row<'monthlyTrend'>>> = [
    month,
    { title: t('received'), type: 'number', value: (row) => row.received },
    { title: t('closed'), type: 'number', value: (row) => row.closed },
  ];
  const complianceColumns: Array<DownloadColumn<Row<'deadlineCompliance'>>> = [
    month,
    { title: t('closed'), type: 'number', value: (row) => row.closed },
    { title: t('onTime'), type: 'number', value: (row) => row.onTime },
    { title: t('onTimeRate'), type: 'percent', value: (row) => row.rate },
  ];
  const satisfactionColumns: Array<DownloadColumn<Row<'satisfaction'>>> = [
    month,
    { title: translate('sanxin.enums.satisfaction.SATISFIED'), type: 'number', value: (row) => row.satisfied },
    { title: translate('sanxin.enums.satisfaction.AVERAGE'), type: 'number', value: (row) => row.average },
    { title: translate('sanxin.enums.satisfaction.UNSATISFIED'), type: 'number', value: (row) => row.unsatisfied },
    { title: t('satisfiedRate'), type: 'percent', value: (row) => row.satisfiedRate },
    { title: t('meanScore'), type: 'number', value: (row) => row.meanScore },
  ];
  const workloadColumns: Array<DownloadColumn<Row<'workload'>>> = [
    { title: t('agent'), type: 'text', value: (row) => row.staffName ?? row.staffId },
    { title: t('complaintsHandled'), type: 'number', value: (row) => row.complaintsHandled },
    { title: t('followUpsDone'), type: 'number', value: (row) => row.followUpsDone },
    { title: t('interactions'), type: 'number', value: (row) => row.interactions },
  ];

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <ChartCard
        id="categoryMix"
        title={t('categoryMix')}
        chart={
          <PieChart>
            <Pie
              data={figures.categoryMix.filter((row) => row.count > 0)}
              dataKey="count"
              nameKey="categoryName"
              outerRadius={90}
              isAnimationActive={false}
              label
            >
              {figures.categoryMix.map((row, index) => (
                <Cell key={row.categoryId} fill={COLORS[index % COLORS.length]} />
              ))}
            </Pie>
            <Tooltip />
            <Legend />
          </PieChart>
        }
      >
        <FigureTable label={t('categoryMix')} filename={file('categoryMix')} columns={mixColumns} rows={figures.categoryMix} />
      </ChartCard>
      <ChartCard
        id="monthlyTrend"
        title={t('monthlyTrend')}
        chart={
          <LineChart data={figures.monthlyTrend}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line dataKey="received" name={t('received')} stroke={COLORS[0]} isAnimationActive={false} />
            <Line dataKey="closed" name={t('closed')} stroke={COLORS[2]} isAnimationActive={false} />
          </LineChart>
        }
      >
        <FigureTable label={t('monthlyTrend')} filename={file('monthlyTrend')} columns={trendColumns} rows={figures.monthlyTrend} />
      </ChartCard>
      <ChartCard
        id="deadlineCompliance"
        title={t('deadlineCompliance')}
        chart={
          <BarChart data={figures.deadlineCompliance}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip />
            <Bar dataKey="rate" name={t('onTimeRate')} fill={COLORS[2]} isAnimationActive={false} />
          </BarChart>
        }
      >
        <FigureTable label={t('deadlineCompliance')} filename={file('deadlineCompliance')} columns={complianceColumns} rows={figures.deadlineCompliance} />
      </ChartCard>
      <ChartCard
        id="satisfaction"
        title={t('satisfaction')}
        chart={
          <BarChart data={figures.satisfaction}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="satisfied" stackId="a" name={translate('sanxin.enums.satisfaction.SATISFIED')} fill={COLORS[2]} isAnimationActive={false} />
            <Bar dataKey="average" stackId="a" name={translate('sanxin.enums.satisfaction.AVERAGE')} fill={COLORS[1]} isAnimationActive={false} />
            <Bar dataKey="unsatisfied" stackId="a" name={translate('sanxin.enums.satisfaction.UNSATISFIED')} fill={COLORS[4]} isAnimationActive={false} />
          </BarChart>
        }
      >
        <FigureTable label={t('satisfaction')} filename={file('satisfaction')} columns={satisfactionColumns} rows={figures.satisfaction} />
      </ChartCard>
      <ChartCard
        id="workload"
        title={t('workload')}
        chart={
          <BarChart data={figures.workload.map((row) => ({ ...row, name: row.staffName ?? row.staffId }))}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="complaintsHandled" name={t('complaintsHandled')} fill={COLORS[0]} isAnimationActive={false} />
            <Bar dataKey="followUpsDone" name={t('followUpsDone')} fill={COLORS[2]} isAnimationActive={false} />
            <Bar dataKey="interactions" name={t('interactions')} fill={COLORS[1]} isAnimationActive={false} />
          </BarChart>
        }
      >
        <FigureTable label={t('workload')} filename={file('workload')} columns={workloadColumns} rows={figures.workload} />
      </ChartCard>
    </Box>
  );
};
