import { scopeOf, type Role } from '@sanxin/domain';
import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import { FigureRowsDownload, FiguresDownload } from './ReportDownloads';
import { FigureList } from './ReportFiguresTable';
import { ReportFilters } from './ReportFilters';
import { WeeklyQaSection } from './WeeklyQaSection';
import type { WeeklyReportView } from './reportQueries';
import { todayLocal, useReport } from './useReport';

/** 周报: urges, feedback, follow-ups and escalations of a week, day by day. The QA summary joins with the quality module. */
export const WeeklyReportPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const [date, setDate] = useState(todayLocal);
  const [teamId, setTeamId] = useState('');
  const report = useReport<WeeklyReportView>('weeklyReport', date, teamId);
  const showTeams = role ? scopeOf(role, 'report', 'list') === 'all' : false;

  return (
    <>
      <Title title={translate('app.reports.weeklyTitle')} />
      <ReportFilters date={date} teamId={teamId} onDate={setDate} onTeam={setTeamId} showTeams={showTeams} />
      {report === undefined && <Loading />}
      {report && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>
              {translate('app.reports.week', { from: report.weekStart, to: report.weekEnd })}
            </Typography>
            <FigureList
              figures={report.figures}
              only={['followUpsDue', 'followUpsDone', 'followUpsOverdue', 'escalationTotal', 'urges', 'complaintsReceived', 'complaintsClosed']}
            />
            <FiguresDownload
              figures={report.figures}
              filename={`${translate('app.reports.weeklyTitle')}_${translate('app.reports.complaintsAndFollowUps')}_${report.weekStart}`}
            />
            <Table size="small" sx={{ mt: 2 }} aria-label={translate('app.reports.byDay')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.reports.date')}</TableCell>
                  <TableCell align="right">{translate('app.reports.urges')}</TableCell>
                  <TableCell align="right">{translate('app.reports.followUpsDone')}</TableCell>
                  <TableCell align="right">{translate('app.reports.followUpsOverdue')}</TableCell>
                  <TableCell align="right">{translate('app.reports.escalations')}</TableCell>
                  <TableCell align="right">{translate('app.reports.total')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.days.map((day) => (
                  <TableRow key={day.date}>
                    <TableCell>{day.date}</TableCell>
                    <TableCell align="right">{day.figures.urges}</TableCell>
                    <TableCell align="right">{day.figures.followUpsDone}</TableCell>
                    <TableCell align="right">{day.figures.followUpsOverdue}</TableCell>
                    <TableCell align="right">{day.figures.escalationTotal}</TableCell>
                    <TableCell align="right">{day.figures.interactionTotal}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <FigureRowsDownload
              rows={report.days.map((day) => ({ name: day.date, figures: day.figures }))}
              filename={`${translate('app.reports.weeklyTitle')}_${report.weekStart}`}
              label={translate('app.reports.byDay')}
              nameTitle={translate('app.reports.date')}
              columns={['urges', 'followUpsDone', 'followUpsOverdue', 'escalationTotal', 'interactionTotal']}
            />
            <WeeklyQaSection date={report.weekStart} teamId={teamId} />
          </CardContent>
        </Card>
      )}
    </>
  );
};
