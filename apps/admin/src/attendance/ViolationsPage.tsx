import {
  Alert,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { formatInstant } from '../resources/scheduling/format';
import { currentMonth } from '../resources/scheduling/rosterModel';
import { useLoad, useMe, useSchedulingProvider } from '../resources/scheduling/useSchedulingData';
import type { ViolationCount, ViolationRecord } from './attendanceQueries';
import { violationsReach } from './attendanceState';
import { TeamSelect } from '../forms/TeamSelect';
import { ExportMenu } from '../export/ExportButton';

/**
 * 违纪记录 (/attendance-violations): per person and month, the count (late, away from the post) and,
 * for the managers, the "3 this month" flag; then each violation. Facts only: no fines. The API
 * answers what the viewer may read (own; a leader's team; everyone for the managers).
 */
export const ViolationsPage = () => {
  const translate = useTranslate();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const [month, setMonth] = useState(currentMonth());
  const [teamId, setTeamId] = useState('');
  const managers = me ? violationsReach(me.role) === 'all' : false;
  const load = useCallback(async (): Promise<{ counts: ViolationCount[]; violations: ViolationRecord[] }> => {
    const team = teamId || undefined;
    const [counts, violations] = await Promise.all([
      dataProvider.attendanceViolationCounts(month, team),
      dataProvider.attendanceViolations({ month, teamId: team }),
    ]);
    return { counts, violations };
  }, [dataProvider, month, teamId]);
  const { value, error, loading } = useLoad(me ? load : null);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.attendance.violations.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap alignItems="center">
          <TextField
            size="small"
            type="month"
            label={translate('app.attendance.violations.month')}
            value={month}
            onChange={(event) => event.target.value && setMonth(event.target.value)}
            InputLabelProps={{ shrink: true }}
            inputProps={{ name: 'month' }}
          />
          {managers && (
            <TeamSelect
              value={teamId}
              onChange={setTeamId}
              label="app.attendance.violations.team"
              allLabel="app.attendance.violations.allTeams"
              name="teamId"
            />
          )}
          <ExportMenu
            list="attendanceViolations"
            domain="attendance"
            filter={{ month, ...(teamId ? { teamId } : {}) }}
            sort={{ field: 'occurredAt', order: 'DESC' }}
          />
          <Typography variant="body2" color="text.secondary">
            {translate('app.attendance.violations.factsOnly')}
          </Typography>
        </Stack>
        {error && <Alert severity="error">{error}</Alert>}
        {loading && <LinearProgress sx={{ mb: 1 }} />}
        {managers && value?.counts.some((row) => row.flagged) && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('app.attendance.violations.flaggedHint')}
          </Alert>
        )}
        {value && value.counts.length === 0 && <Typography color="text.secondary">{translate('app.attendance.violations.empty')}</Typography>}
        {value && value.counts.length > 0 && (
          <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto', mb: 3 }}>
            <Table size="small" aria-label={translate('app.attendance.violations.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.attendance.violations.person')}</TableCell>
                  <TableCell>{translate('app.attendance.violations.team')}</TableCell>
                  <TableCell align="right">{translate('app.attendance.violations.count')}</TableCell>
                  <TableCell align="right">{translate('app.attendance.violations.late')}</TableCell>
                  <TableCell align="right">{translate('app.attendance.violations.absent')}</TableCell>
                  {managers && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {value.counts.map((row) => (
                  <TableRow key={row.staffId} data-staff={row.staff?.name} data-flagged={row.flagged ? 'true' : undefined}>
                    <TableCell>{row.staff?.name}</TableCell>
                    <TableCell>{row.staff?.team?.name}</TableCell>
                    <TableCell align="right">{row.count}</TableCell>
                    <TableCell align="right">{row.late}</TableCell>
                    <TableCell align="right">{row.absentFromPost}</TableCell>
                    {managers && (
                      <TableCell>{row.flagged && <Chip size="small" color="error" label={translate('app.attendance.violations.flagged')} />}</TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {value && value.violations.length > 0 && (
          <>
            <Typography variant="h6">{translate('app.attendance.violations.detail')}</Typography>
            <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
              <Table size="small" aria-label={translate('app.attendance.violations.detail')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.attendance.violations.occurredAt')}</TableCell>
                    <TableCell>{translate('app.attendance.violations.person')}</TableCell>
                    <TableCell>{translate('app.attendance.violations.kind')}</TableCell>
                    <TableCell align="right">{translate('app.attendance.violations.minutes')}</TableCell>
                    <TableCell>{translate('app.attendance.violations.note')}</TableCell>
                    <TableCell>{translate('app.attendance.violations.recordedBy')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {value.violations.map((violation) => (
                    <TableRow key={violation.id} data-violation={violation.kind} data-staff={violation.staff?.name}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInstant(violation.occurredAt)}</TableCell>
                      <TableCell>{violation.staff?.name}</TableCell>
                      <TableCell>{translate(`sanxin.enums.attendanceViolationKind.${violation.kind}`)}</TableCell>
                      <TableCell align="right">{violation.minutes}</TableCell>
                      <TableCell sx={{ overflowWrap: 'anywhere' }}>{violation.note}</TableCell>
                      <TableCell>{violation.recordedBy?.name ?? translate('app.attendance.violations.atCheckIn')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
      </CardContent>
    </Card>
  );
};
