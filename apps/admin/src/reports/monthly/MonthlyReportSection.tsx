import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { MONTHLY_REPORT_MEASURES, type MonthlyReportMeasure } from '@sanxin/domain';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { TableDownload } from '../../tableDownload/TableDownload';
import type { DownloadColumn } from '../../tableDownload/tableFile';
import { figureLink, formatFigure } from './monthlyReportFormat';
import type { MonthlyReportSectionView } from './monthlyReportQueries';

interface Props {
  section: MonthlyReportSectionView;
  /** YYYY-MM, for the downloads' file names. */
  month?: string;
  /** Set while the viewer may write the commentary (a draft they write). */
  onSave?: (text: string) => Promise<void>;
  /** The rule the last submission broke here (commentaryMissing), translated. */
  violation?: string;
  /** A commentary of the report is being saved (this section's or another's). */
  saving?: boolean;
}

const Figure = ({ to, children }: { to: string | null; children: string }) => (to ? <Link to={to}>{children}</Link> : children);

/** One section: its frozen table, each row and figure leading to the records behind it, and its commentary (说明). */
export const MonthlyReportSection = ({ section, month, onSave, violation, saving = false }: Props) => {
  const translate = useTranslate();
  const title = translate(`sanxin.enums.monthlyReportSection.${section.section}`);
  const columns = section.columns as MonthlyReportMeasure[];
  const hasNotes = section.rows.some((row) => row.note);
  return (
    <Card variant="outlined" component="section" aria-label={title} data-testid={`section-${section.section}`}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        {violation && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {violation}
          </Alert>
        )}
        {section.rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('app.monthlyReport.noRows')}
          </Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.monthlyReport.item')}</TableCell>
                  {columns.map((column) => (
                    <TableCell key={column} align="right">
                      {translate(`sanxin.enums.monthlyReportMeasure.${column}`)}
                    </TableCell>
                  ))}
                  {hasNotes && <TableCell>{translate('app.monthlyReport.note')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {section.rows.map((row, index) => {
                  const to = figureLink(row.link);
                  return (
                    <TableRow key={`${row.dimension}-${row.key ?? index}`}>
                      <TableCell component="th" scope="row" sx={row.dimension === 'TOTAL' ? { fontWeight: 'bold' } : undefined}>
                        <Figure to={to}>{row.label}</Figure>
                      </TableCell>
                      {columns.map((column, at) => (
                        <TableCell key={column} align="right">
                          <Figure to={row.values[at] === null ? null : to}>{formatFigure(column, row.values[at])}</Figure>
                        </TableCell>
                      ))}
                      {hasNotes && <TableCell>{row.note}</TableCell>}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <SectionDownload section={section} title={title} filename={`${translate('app.monthlyReport.title')}_${month ?? ''}_${title}`} />
          </Box>
        )}
        {onSave ? (
          <CommentaryEditor title={title} initial={section.commentary ?? ''} onSave={onSave} saving={saving} />
        ) : (
          <Typography sx={{ mt: 2, whiteSpace: 'pre-wrap' }} data-testid="commentary">
            {section.commentary || translate('app.monthlyReport.noCommentary')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

const CommentaryEditor = ({ title, initial, onSave, saving }: { title: string; initial: string; onSave(text: string): Promise<void>; saving: boolean }) => {
  const translate = useTranslate();
  const [text, setText] = useState(initial);
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <TextField
        multiline
        minRows={3}
        label={translate('app.monthlyReport.commentary')}
        placeholder={translate('app.monthlyReport.commentaryPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { maxLength: 10_000, 'aria-label': `${title} ${translate('app.monthlyReport.commentary')}` } }}
      />
      <Box>
        <Button variant="outlined" size="small" disabled={saving || text === initial} onClick={() => void onSave(text)}>
          {translate('app.monthlyReport.saveCommentary')}
        </Button>
      </Box>
    </Stack>
  );
};

type SectionRow = MonthlyReportSectionView['rows'][number];

/** The section's table as CSV / Excel: its label, each measure as a number (percentages as such), the notes. */
const SectionDownload = ({ section, title, filename }: { section: MonthlyReportSectionView; title: string; filename: string }) => {
  const translate = useTranslate();
  const measures = section.columns as MonthlyReportMeasure[];
  const columns: Array<DownloadColumn<SectionRow>> = [
    { title: translate('app.monthlyReport.item'), type: 'text', value: (row) => row.label },
    ...measures.map(
      (measure, at): DownloadColumn<SectionRow> => ({
        title: translate(`sanxin.enums.monthlyReportMeasure.${measure}`),
        type: MONTHLY_REPORT_MEASURES[measure] === 'PERCENT' ? 'percent' : 'number',
        value: (row) => row.values[at],
      }),
    ),
    ...(section.rows.some((row) => row.note)
      ? [{ title: translate('app.monthlyReport.note'), type: 'text' as const, value: (row: SectionRow) => row.note }]
      : []),
  ];
  return <TableDownload filename={filename} columns={columns} rows={section.rows} label={title} sheetName={title} />;
};
