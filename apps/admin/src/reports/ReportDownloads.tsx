import { useTranslate } from 'react-admin';
import { TableDownload } from '../tableDownload/TableDownload';
import type { DownloadColumn } from '../tableDownload/tableFile';
import type { DailyReportView, ReportFiguresView } from './reportQueries';

/**
 * The daily and weekly reports' tables as CSV / Excel (decision 0045): the same rows and columns as on
 * screen, so each page adds one line beside each table.
 */
export const InteractionDownload = ({ figures, filename }: { figures: ReportFiguresView; filename: string }) => {
  const translate = useTranslate();
  const columns: Array<DownloadColumn<ReportFiguresView['interactions'][number]>> = [
    { title: translate('app.reports.kind'), type: 'text', value: (row) => translate(`sanxin.enums.interactionKind.${row.kind}`) },
    { title: translate('app.reports.inbound'), type: 'number', value: (row) => row.inbound },
    { title: translate('app.reports.outbound'), type: 'number', value: (row) => row.outbound },
    { title: translate('app.reports.total'), type: 'number', value: (row) => row.total },
  ];
  return <TableDownload filename={filename} columns={columns} rows={figures.interactions} label={translate('app.reports.interactions')} />;
};

const FIGURE_KEYS = ['complaintsReceived', 'complaintsClosed', 'followUpsDue', 'followUpsDone', 'followUpsOverdue', 'escalationTotal', 'urges'] as const;

/** The label–value figures (FigureList), each answer of the follow-ups a row of its own. */
export const FiguresDownload = ({ figures, filename }: { figures: ReportFiguresView; filename: string }) => {
  const translate = useTranslate();
  const label = (key: string) => translate(`app.reports.${key === 'escalationTotal' ? 'escalations' : key}`);
  const rows = [
    ...FIGURE_KEYS.map((key) => ({ label: label(key), value: figures[key] })),
    ...figures.escalations.map((row) => ({ label: `${label('escalationTotal')}·${translate(`sanxin.enums.escalationLevel.${row.level}`)}`, value: row.count })),
    ...figures.feedback.map((row) => ({
      label: `${translate('app.reports.feedback')}·${translate(`sanxin.enums.satisfaction.${row.satisfaction}`)}`,
      value: row.count,
    })),
  ];
  const columns: Array<DownloadColumn<(typeof rows)[number]>> = [
    { title: translate('app.reports.kind'), type: 'text', value: (row) => row.label },
    { title: translate('app.reports.total'), type: 'number', value: (row) => row.value },
  ];
  return <TableDownload filename={filename} columns={columns} rows={rows} label={translate('app.reports.complaintsAndFollowUps')} />;
};

type Named = {
  name: string;
  figures: Pick<ReportFiguresView, 'interactionTotal' | 'complaintsReceived' | 'followUpsDone' | 'followUpsOverdue' | 'urges' | 'escalationTotal'>;
};

/** Rows of figures per team, person or day, with the columns the page shows. */
export const FigureRowsDownload = ({
  rows,
  filename,
  label,
  nameTitle,
  columns: keys,
}: {
  rows: Named[];
  filename: string;
  label: string;
  nameTitle: string;
  columns: ReadonlyArray<keyof Named['figures']>;
}) => {
  const translate = useTranslate();
  const title = (key: string) => translate(`app.reports.${key === 'interactionTotal' ? 'total' : key === 'escalationTotal' ? 'escalations' : key}`);
  const columns: Array<DownloadColumn<Named>> = [
    { title: nameTitle, type: 'text', value: (row) => row.name },
    ...keys.map((key): DownloadColumn<Named> => ({ title: title(key), type: 'number', value: (row) => row.figures[key] })),
  ];
  return <TableDownload filename={filename} columns={columns} rows={rows} label={label} />;
};

/** 超24小时未办结: number, owner, received, hours open. */
export const LongOpenDownload = ({ rows, filename }: { rows: DailyReportView['longOpenComplaints']; filename: string }) => {
  const translate = useTranslate();
  const columns: Array<DownloadColumn<(typeof rows)[number]>> = [
    { title: translate('app.reports.number'), type: 'text', value: (row) => row.number },
    { title: translate('app.reports.owner'), type: 'text', value: (row) => row.ownerName },
    { title: translate('app.reports.receivedAt'), type: 'text', value: (row) => new Date(row.receivedAt).toLocaleString('zh-CN') },
    { title: translate('app.reports.ageHours'), type: 'number', value: (row) => row.ageHours },
  ];
  return <TableDownload filename={filename} columns={columns} rows={rows} label={translate('app.reports.longOpen')} />;
};
