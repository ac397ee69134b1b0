import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportFiguresView } from './reportQueries';

/** 按类型与方向的服务量: one row per kind (咨询, 查询, 主动服务, 投诉, 回访), inbound / outbound / total. */
export const InteractionTable = ({ figures }: { figures: ReportFiguresView }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.reports.interactions')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.reports.kind')}</TableCell>
          <TableCell align="right">{translate('app.reports.inbound')}</TableCell>
          <TableCell align="right">{translate('app.reports.outbound')}</TableCell>
          <TableCell align="right">{translate('app.reports.total')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {figures.interactions.map((row) => (
          <TableRow key={row.kind}>
            <TableCell>{translate(`sanxin.enums.interactionKind.${row.kind}`)}</TableCell>
            <TableCell align="right">{row.inbound}</TableCell>
            <TableCell align="right">{row.outbound}</TableCell>
            <TableCell align="right">{row.total}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>{translate('app.reports.total')}</TableCell>
          <TableCell colSpan={3} align="right">
            {figures.interactionTotal}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
};

/** The other figures as label–value rows: complaints, follow-ups, escalations, urges, feedback. */
export const FigureList = ({ figures, only }: { figures: ReportFiguresView; only?: ReadonlyArray<keyof ReportFiguresView> }) => {
  const translate = useTranslate();
  const rows: Array<[string, string, number]> = [
    ['complaintsReceived', translate('app.reports.complaintsReceived'), figures.complaintsReceived],
    ['complaintsClosed', translate('app.reports.complaintsClosed'), figures.complaintsClosed],
    ['followUpsDue', translate('app.reports.followUpsDue'), figures.followUpsDue],
    ['followUpsDone', translate('app.reports.followUpsDone'), figures.followUpsDone],
    ['followUpsOverdue', translate('app.reports.followUpsOverdue'), figures.followUpsOverdue],
    ['escalationTotal', translate('app.reports.escalations'), figures.escalationTotal],
    ['urges', translate('app.reports.urges'), figures.urges],
  ];
  const feedback = figures.feedback.map((row) => `${translate(`sanxin.enums.satisfaction.${row.satisfaction}`)} ${row.count}`).join('、');
  const levels = figures.escalations.map((row) => `${translate(`sanxin.enums.escalationLevel.${row.level}`)} ${row.count}`).join('、');
  return (
    <Table size="small">
      <TableBody>
        {rows
          .filter(([key]) => !only || only.includes(key as keyof ReportFiguresView))
          .map(([key, label, value]) => (
            <TableRow key={key}>
              <TableCell>{label}</TableCell>
              <TableCell align="right" data-figure={key}>
                {value}
                {key === 'escalationTotal' && levels ? `（${levels}）` : ''}
              </TableCell>
            </TableRow>
          ))}
        <TableRow>
          <TableCell>{translate('app.reports.feedback')}</TableCell>
          <TableCell align="right">{feedback || '—'}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
};
