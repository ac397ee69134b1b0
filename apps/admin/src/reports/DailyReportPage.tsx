import { scopeOf, type Role } from '@sanxin/domain';
import { Card, CardContent, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import { FigureRowsDownload, FiguresDownload, InteractionDownload, LongOpenDownload } from './ReportDownloads';
import { FigureList, InteractionTable } from './ReportFiguresTable';
import { ReportFilters } from './ReportFilters';
import type { DailyReportView } from './reportQueries';
import { todayLocal, useReport } from './useReport';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={title}>
    <CardContent>
      <Typography variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** 日报: a day of the viewer's scope (own figures for an agent, the team for a leader, any team or the department above). */
export const DailyReportPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const [date, setDate] = useState(todayLocal);
  const [teamId, setTeamId] = useState('');
  const report = useReport<DailyReportView>('dailyReport', date, teamId);
  const showTeams = role ? scopeOf(role, 'report', 'list') === 'all' : false;

  return (
    <>
      <Title title={translate('app.reports.dailyTitle')} />
      <ReportFilters date={date} teamId={teamId} onDate={setDate} onTeam={setTeamId} showTeams={showTeams} />
      {report === undefined && <Loading />}
      {report && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={translate('app.reports.interactions')}>
              <InteractionTable figures={report.figures} />
              <InteractionDownload
                figures={report.figures}
                filename={`${translate('app.reports.dailyTitle')}_${translate('app.reports.interactions')}_${date}`}
              />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={translate('app.reports.complaintsAndFollowUps')}>
              <FigureList figures={report.figures} />
              <FiguresDownload
                figures={report.figures}
                filename={`${translate('app.reports.dailyTitle')}_${translate('app.reports.complaintsAndFollowUps')}_${date}`}
              />
            </Section>
          </Grid>
          <Grid size={12}>
            <Section title={`${translate('app.reports.longOpen')}（${report.longOpenTotal}）`}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.reports.number')}</TableCell>
                    <TableCell>{translate('app.reports.owner')}</TableCell>
                    <TableCell>{translate('app.reports.receivedAt')}</TableCell>
                    <TableCell align="right">{translate('app.reports.ageHours')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.longOpenComplaints.map((complaint) => (
                    <TableRow key={complaint.id}>
                      <TableCell>
                        <Link to={`/complaints/${complaint.id}/show`}>{complaint.number}</Link>
                      </TableCell>
                      <TableCell>{complaint.ownerName}</TableCell>
                      <TableCell>{new Date(complaint.receivedAt).toLocaleString('zh-CN')}</TableCell>
                      <TableCell align="right">{complaint.ageHours}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <LongOpenDownload
                rows={report.longOpenComplaints}
                filename={`${translate('app.reports.dailyTitle')}_${translate('app.reports.longOpen')}_${date}`}
              />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={translate('app.reports.staffing')}>
              <Typography>{translate('app.reports.staffingLine', { ...report.staffing })}</Typography>
            </Section>
          </Grid>
          {(report.byTeam.length > 0 || report.byStaff.length > 0) && (
            <Grid size={12}>
              <Section title={translate(report.byTeam.length ? 'app.reports.byTeam' : 'app.reports.byStaff')}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell />
                      <TableCell align="right">{translate('app.reports.total')}</TableCell>
                      <TableCell align="right">{translate('app.reports.complaintsReceived')}</TableCell>
                      <TableCell align="right">{translate('app.reports.followUpsDone')}</TableCell>
                      <TableCell align="right">{translate('app.reports.followUpsOverdue')}</TableCell>
                      <TableCell align="right">{translate('app.reports.urges')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {[
                      ...report.byTeam.map((row) => ({ key: row.teamId ?? '-', name: row.teamName ?? '—', figures: row.figures })),
                      ...report.byStaff.map((row) => ({ key: row.staffId, name: row.staffName ?? '—', figures: row.figures })),
                    ].map((row) => (
                      <TableRow key={row.key}>
                        <TableCell>{row.name}</TableCell>
                        <TableCell align="right">{row.figures.interactionTotal}</TableCell>
                        <TableCell align="right">{row.figures.complaintsReceived}</TableCell>
                        <TableCell align="right">{row.figures.followUpsDone}</TableCell>
                        <TableCell align="right">{row.figures.followUpsOverdue}</TableCell>
                        <TableCell align="right">{row.figures.urges}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <FigureRowsDownload
                  rows={[
                    ...report.byTeam.map((row) => ({ name: row.teamName ?? '—', figures: row.figures })),
                    ...report.byStaff.map((row) => ({ name: row.staffName ?? '—', figures: row.figures })),
                  ]}
                  filename={`${translate('app.reports.dailyTitle')}_${translate(report.byTeam.length ? 'app.reports.byTeam' : 'app.reports.byStaff')}_${date}`}
                  label={translate(report.byTeam.length ? 'app.reports.byTeam' : 'app.reports.byStaff')}
                  nameTitle={translate(report.byTeam.length ? 'app.reports.byTeam' : 'app.reports.byStaff')}
                  columns={['interactionTotal', 'complaintsReceived', 'followUpsDone', 'followUpsOverdue', 'urges']}
                />
              </Section>
            </Grid>
          )}
        </Grid>
      )}
    </>
  );
};
