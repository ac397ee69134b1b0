import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Alert, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { canAccess, type Role } from '@sanxin/domain';
import { useState } from 'react';
import { Button, Link, Loading, Title, useGetIdentity, useNavigate, useTranslate } from 'react-admin';
import { GenerateMonthlyReportDialog } from './GenerateMonthlyReportDialog';
import { useMonthlyReports } from './useMonthlyReports';
import { ExportMenu } from '../../export/ExportButton';

/** 月服务报告: every report the viewer may read (a leader their team's and the department's), newest month first. */
export const MonthlyReportListPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { identity, isPending } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const { reports } = useMonthlyReports();
  const [generating, setGenerating] = useState(false);
  if (isPending) return <Loading />;
  if (!role || !canAccess(role, 'monthlyReport', 'list')) return <Alert severity="warning">{translate('sanxin.errors.FORBIDDEN')}</Alert>;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.monthlyReport.title" />
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          {canAccess(role, 'monthlyReport', 'create') && (
            <Button label="app.monthlyReport.generate" variant="contained" onClick={() => setGenerating(true)}>
              <NoteAddIcon />
            </Button>
          )}
          <ExportMenu list="monthlyReports" domain="monthlyReport" filter={{}} sort={{ field: 'month', order: 'DESC' }} />
        </Stack>
        {reports === undefined && <Loading />}
        {reports?.length === 0 && <Typography>{translate('app.monthlyReport.empty')}</Typography>}
        {reports && reports.length > 0 && (
          <Table size="small" sx={{ overflowX: 'auto', display: { xs: 'block', sm: 'table' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.monthlyReport.month')}</TableCell>
                <TableCell>{translate('app.monthlyReport.scope')}</TableCell>
                <TableCell>{translate('app.monthlyReport.status')}</TableCell>
                <TableCell>{translate('app.monthlyReport.revision')}</TableCell>
                <TableCell>{translate('app.monthlyReport.dueDate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reports.map((report) => (
                <TableRow key={report.id} data-testid="monthly-report-row">
                  <TableCell>
                    <Link to={`/reports/monthly/${report.id}`}>{report.month}</Link>
                  </TableCell>
                  <TableCell>{report.team?.name ?? translate('app.monthlyReport.department')}</TableCell>
                  <TableCell>
                    {translate(`sanxin.enums.reportStatus.${report.status}`)}
                    {report.late && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('app.monthlyReport.late')} />}
                  </TableCell>
                  <TableCell>{report.revision}</TableCell>
                  <TableCell>{report.dueDate}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {generating && (
          <GenerateMonthlyReportDialog role={role} onClose={() => setGenerating(false)} onGenerated={(report) => navigate(`/reports/monthly/${report.id}`)} />
        )}
      </CardContent>
    </Card>
  );
};
