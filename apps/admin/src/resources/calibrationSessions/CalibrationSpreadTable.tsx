import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CalibrationDetail } from './calibrationQueries';
import { dimensionLabel } from './dimensionLabel';

/**
 * 分歧表: per dimension everyone's score, lowest, highest, range, mean, mean absolute deviation and
 * median; a dimension beyond the tolerance is marked (colour and a word, not colour alone). Scrolls
 * sideways on a phone rather than squeezing the numbers.
 */
export function CalibrationSpreadTable({ detail }: { detail: CalibrationDetail }) {
  const translate = useTranslate();
  if (!detail.spread) return null;
  const scorers = detail.participants.filter((p) => p.scores);
  return (
    <Box component="section" aria-label={translate('app.calibration.spreadTitle')} sx={{ width: '100%' }}>
      <Typography variant="h6">{translate('app.calibration.spreadTitle')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.calibration.tolerance', { percent: detail.tolerancePercent })}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.calibration.dimension')}</TableCell>
              {scorers.map((p) => (
                <TableCell key={p.inspectorId} align="right">
                  {p.inspector?.name ?? p.inspectorId}
                </TableCell>
              ))}
              <TableCell align="right">{translate('app.calibration.min')}</TableCell>
              <TableCell align="right">{translate('app.calibration.max')}</TableCell>
              <TableCell align="right">{translate('app.calibration.range')}</TableCell>
              <TableCell align="right">{translate('app.calibration.mean')}</TableCell>
              <TableCell align="right">{translate('app.calibration.mad')}</TableCell>
              <TableCell align="right">{translate('app.calibration.median')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.spread.map((row) => (
              <TableRow key={row.dimension} data-disagrees={row.disagrees} sx={row.disagrees ? { bgcolor: 'warning.light' } : undefined}>
                <TableCell component="th" scope="row">
                  {dimensionLabel(translate, row.dimension)}
                </TableCell>
                {scorers.map((p) => (
                  <TableCell key={p.inspectorId} align="right">
                    {p.scores?.find((s) => s.dimension === row.dimension)?.score ?? '—'}
                  </TableCell>
                ))}
                <TableCell align="right">{row.min}</TableCell>
                <TableCell align="right">{row.max}</TableCell>
                <TableCell align="right">
                  {row.range} ({row.rangePercent}%)
                </TableCell>
                <TableCell align="right">{row.mean}</TableCell>
                <TableCell align="right">{row.meanAbsoluteDeviation}</TableCell>
                <TableCell align="right">{row.median}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={row.disagrees ? 'warning' : 'default'}
                    variant={row.disagrees ? 'filled' : 'outlined'}
                    label={translate(row.disagrees ? 'app.calibration.disagrees' : 'app.calibration.agrees')}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
