import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Card, CardContent } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { hoursLabel, shiftTypeColours } from '../rosterModel';
import { useShiftTypes } from '../useSchedulingData';

/**
 * 班次类型: the shift templates with their hours (crossing midnight shown as 次日) and minimum
 * headcount per job type. Read from one query because the headcount is a nested list.
 */
export const ShiftTypeList = () => {
  const translate = useTranslate();
  const shiftTypes = useShiftTypes();
  const colours = shiftTypeColours(shiftTypes ?? []);
  const field = (name: string) => translate(`resources.shiftTypes.fields.${name}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('resources.shiftTypes.name', { smart_count: 2 })} />
      <CardContent>
        <Table size="small" aria-label={translate('resources.shiftTypes.name', { smart_count: 2 })}>
          <TableHead>
            <TableRow>
              <TableCell>{field('name')}</TableCell>
              <TableCell>{field('kind')}</TableCell>
              <TableCell>{field('days')}</TableCell>
              <TableCell>{field('hours')}</TableCell>
              <TableCell>{field('minHeadcount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(shiftTypes ?? []).map((type) => (
              <TableRow key={type.id}>
                <TableCell>
                  <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, marginRight: 6, background: colours.get(type.id)?.background }} />
                  {type.name}
                </TableCell>
                <TableCell>{translate(`sanxin.enums.shiftKind.${type.kind}`)}</TableCell>
                <TableCell>{translate(`sanxin.enums.shiftDays.${type.days}`)}</TableCell>
                <TableCell>{hoursLabel(type, translate('app.scheduling.shiftType.nextDay'))}</TableCell>
                <TableCell>
                  {type.minHeadcount.map((row) => translate('app.scheduling.shiftType.headcount', { jobType: translate(`sanxin.enums.jobType.${row.jobType}`), count: row.count })).join('、')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
