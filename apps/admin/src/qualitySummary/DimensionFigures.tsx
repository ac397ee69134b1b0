import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSmallScreen } from '../layout/useSmallScreen';
import { TableDownload } from '../tableDownload/TableDownload';
import type { QualitySummaryFigures } from './qualitySummaryQueries';
import { dimensionLabel, trendArrow } from './trainingPlanDraft';

type Dimension = QualitySummaryFigures['overall']['dimensions'][number];

const signed = (change: number | null) => (change === null ? '' : ` ${change > 0 ? '+' : ''}${change}`);
const trendColor = (change: number | null) => (change === null || change === 0 ? undefined : change > 0 ? 'success.main' : 'error.main');

/** Averages per dimension (share of the scale, 0–100) beside the period before: a chart, and its numbers. */
export const DimensionFigures = ({ dimensions }: { dimensions: Dimension[] }) => {
  const translate = useTranslate();
  const small = useSmallScreen();
  if (dimensions.length === 0) return <Typography color="text.secondary">{translate('app.qualitySummary.noEvaluations')}</Typography>;
  const current = translate('app.qualitySummary.current');
  const previous = translate('app.qualitySummary.previous');
  const labelled = dimensions.map((row) => ({ ...row, label: dimensionLabel(translate, row.dimension) }));
  return (
    <Stack spacing={2}>
      <Box sx={{ width: '100%', height: 300 }} role="img" aria-label={translate('app.qualitySummary.chartLabel')}>
        <ResponsiveContainer>
          <BarChart data={labelled} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={0} />
            <YAxis domain={[0, 100]} />
            <Tooltip />
            <Legend />
            <Bar dataKey="previousAverage" name={previous} fill="#90a4ae" isAnimationActive={false} />
            <Bar dataKey="average" name={current} fill="#1976d2" isAnimationActive={false}>
              <LabelList dataKey="average" position="top" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
      {small ? (
        <Stack spacing={1} role="list" aria-label={translate('app.qualitySummary.dimensions')}>
          {labelled.map((row) => (
            <Box key={row.dimension} role="listitem" data-dimension={row.dimension} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
              <Typography fontWeight="bold">{row.label}</Typography>
              <Typography variant="body2">
                {current} {row.average ?? '—'} · {previous} {row.previousAverage ?? '—'}{' '}
                <Box component="span" sx={{ color: trendColor(row.change) }}>
                  {trendArrow(row.change)}
                  {signed(row.change)}
                </Box>
              </Typography>
            </Box>
          ))}
        </Stack>
      ) : (
        <Table size="small" aria-label={translate('app.qualitySummary.dimensions')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.qualitySummary.dimension')}</TableCell>
              <TableCell align="right">{current}</TableCell>
              <TableCell align="right">{previous}</TableCell>
              <TableCell align="right">{translate('app.qualitySummary.trend')}</TableCell>
              <TableCell align="right">{translate('app.qualitySummary.items')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {labelled.map((row) => (
              <TableRow key={row.dimension} data-dimension={row.dimension}>
                <TableCell>{row.label}</TableCell>
                <TableCell align="right">{row.average ?? '—'}</TableCell>
                <TableCell align="right">{row.previousAverage ?? '—'}</TableCell>
                <TableCell align="right" sx={{ color: trendColor(row.change) }}>
                  {trendArrow(row.change)}
                  {signed(row.change)}
                </TableCell>
                <TableCell align="right">{row.items}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <TableDownload
        filename={translate('app.qualitySummary.dimensions')}
        label={translate('app.qualitySummary.dimensions')}
        rows={labelled}
        columns={[
          { title: translate('app.qualitySummary.dimension'), type: 'text', value: (row) => row.label },
          { title: current, type: 'number', value: (row) => row.average },
          { title: previous, type: 'number', value: (row) => row.previousAverage },
          { title: translate('app.qualitySummary.trend'), type: 'number', value: (row) => row.change },
          { title: translate('app.qualitySummary.items'), type: 'number', value: (row) => row.items },
        ]}
      />
    </Stack>
  );
};
