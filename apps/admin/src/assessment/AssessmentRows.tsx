import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Collapse,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import type { AssessmentAction } from '@sanxin/domain';
import { Fragment, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useSmallScreen } from '../layout/useSmallScreen';
import { TableDownload } from '../tableDownload/TableDownload';
import type { DownloadColumn } from '../tableDownload/tableFile';
import type { MonthlyAssessmentRow } from './assessmentQueries';
import { partFigures, weightShare } from './assessmentFigures';

/** The five parts in the order the settings list their weights. */
export const PARTS = ['qa', 'followUpTimeliness', 'complaintTimeliness', 'satisfaction', 'discipline'] as const;

const figureOf = (row: MonthlyAssessmentRow, part: string) => row.parts.find((figure) => figure.part === part);
const shown = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(value));

export interface RowActions {
  actionsOf(row: MonthlyAssessmentRow): AssessmentAction[];
  onAction(row: MonthlyAssessmentRow, action: AssessmentAction): void;
}

/** Every part with its value, its share of the weight and the records behind it; then the adjustment and confirmation. */
export const AssessmentDetails = ({ row }: { row: MonthlyAssessmentRow }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} sx={{ py: 1 }} data-testid={`assessment-details-${row.id}`}>
      {PARTS.map((part) => {
        const figure = figureOf(row, part);
        return (
          <Typography key={part} variant="body2" data-part={part}>
            <strong>{translate(`sanxin.enums.assessmentPart.${part}`)}</strong> {shown(figure?.value)}
            {figure && ` · ${translate('app.assessment.weight')} ${weightShare(row.parts, figure.weight)}`} · {partFigures(row, part, translate)}
          </Typography>
        );
      })}
      {row.adjustedScore !== null && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {translate('app.assessment.adjustedBy', { score: row.adjustedScore, name: row.adjustedBy?.name ?? '—', reason: row.adjustmentReason ?? '' })}
        </Typography>
      )}
      {row.confirmedAt && (
        <Typography variant="body2">
          {translate('app.assessment.confirmedBy', { name: row.confirmedBy?.name ?? '—', at: new Date(row.confirmedAt).toLocaleString() })}
        </Typography>
      )}
    </Stack>
  );
};

const Actions = ({ row, actionsOf, onAction }: { row: MonthlyAssessmentRow } & RowActions) => (
  <Stack direction="row" spacing={1}>
    {actionsOf(row).map((action) => (
      <Button
        key={action}
        label={`sanxin.enums.assessmentAction.${action}`}
        size="small"
        variant={action === 'confirm' ? 'contained' : 'outlined'}
        onClick={() => onAction(row, action)}
      />
    ))}
  </Stack>
);

const StatusChip = ({ row }: { row: MonthlyAssessmentRow }) => {
  const translate = useTranslate();
  return <Chip size="small" color={row.status === 'CONFIRMED' ? 'success' : 'default'} label={translate(`sanxin.enums.assessmentStatus.${row.status}`)} />;
};

const DesktopRow = ({ row, showMonth, ...actions }: { row: MonthlyAssessmentRow; showMonth: boolean } & RowActions) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <Fragment>
      <TableRow data-assessment-id={row.id} data-staff-id={row.staffId}>
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={translate('app.assessment.showFigures', { name: row.staff?.name ?? row.staffId })}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
          </IconButton>
        </TableCell>
        <TableCell>{showMonth ? row.month : (row.staff?.name ?? row.staffId)}</TableCell>
        {PARTS.map((part) => (
          <Tooltip key={part} title={partFigures(row, part, translate)}>
            <TableCell align="right" data-part={part}>
              {shown(figureOf(row, part)?.value)}
            </TableCell>
          </Tooltip>
        ))}
        <TableCell align="right" data-column="computedScore">
          {row.computedScore}
        </TableCell>
        <TableCell align="right" data-column="adjustedScore">
          {shown(row.adjustedScore)}
        </TableCell>
        <TableCell align="right" data-column="score">
          <strong>{row.score}</strong>
        </TableCell>
        <TableCell>
          <StatusChip row={row} />
        </TableCell>
        <TableCell>
          <Actions row={row} {...actions} />
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={PARTS.length + 7} sx={{ py: 0, borderBottom: open ? undefined : 'none' }}>
          <Collapse in={open} unmountOnExit>
            <AssessmentDetails row={row} />
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
};

const PhoneCard = ({ row, showMonth, ...actions }: { row: MonthlyAssessmentRow; showMonth: boolean } & RowActions) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-assessment-id={row.id} data-staff-id={row.staffId}>
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" spacing={1}>
          <Typography fontWeight="bold">{showMonth ? row.month : (row.staff?.name ?? row.staffId)}</Typography>
          <StatusChip row={row} />
        </Stack>
        <Typography data-column="score">
          {translate('app.assessment.score')} <strong>{row.score}</strong>
          {row.adjustedScore !== null && ` (${translate('app.assessment.computedScore')} ${row.computedScore})`}
        </Typography>
        <AssessmentDetails row={row} />
        <Actions row={row} {...actions} />
      </CardContent>
    </Card>
  );
};

/** The month's assessments: a table with expandable figures, or one card per person on a phone. */
export const AssessmentRows = ({ rows, showMonth = false, ...actions }: { rows: MonthlyAssessmentRow[]; showMonth?: boolean } & RowActions) => {
  const translate = useTranslate();
  const small = useSmallScreen();
  if (small)
    return (
      <Stack spacing={1} aria-label={translate('app.assessment.table')} role="list">
        {rows.map((row) => (
          <Box role="listitem" key={row.id}>
            <PhoneCard row={row} showMonth={showMonth} {...actions} />
          </Box>
        ))}
      </Stack>
    );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('app.assessment.table')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>{translate(showMonth ? 'app.assessment.month' : 'app.assessment.agent')}</TableCell>
            {PARTS.map((part) => (
              <TableCell key={part} align="right">
                {translate(`sanxin.enums.assessmentPart.${part}`)}
              </TableCell>
            ))}
            <TableCell align="right">{translate('app.assessment.computedScore')}</TableCell>
            <TableCell align="right">{translate('app.assessment.adjustedScore')}</TableCell>
            <TableCell align="right">{translate('app.assessment.score')}</TableCell>
            <TableCell>{translate('app.assessment.status')}</TableCell>
            <TableCell>{translate('app.assessment.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <DesktopRow key={row.id} row={row} showMonth={showMonth} {...actions} />
          ))}
        </TableBody>
      </Table>
      <AssessmentDownload rows={rows} showMonth={showMonth} />
    </Box>
  );
};

/** 月考核 as CSV / Excel: the person (or month), each part's figure, the scores and the status, as on screen. */
const AssessmentDownload = ({ rows, showMonth }: { rows: MonthlyAssessmentRow[]; showMonth: boolean }) => {
  const translate = useTranslate();
  const columns: Array<DownloadColumn<MonthlyAssessmentRow>> = [
    {
      title: translate(showMonth ? 'app.assessment.month' : 'app.assessment.agent'),
      type: 'text',
      value: (row) => (showMonth ? row.month : (row.staff?.name ?? row.staffId)),
    },
    ...PARTS.map(
      (part): DownloadColumn<MonthlyAssessmentRow> => ({
        title: translate(`sanxin.enums.assessmentPart.${part}`),
        type: 'number',
        value: (row) => figureOf(row, part)?.value,
      }),
    ),
    { title: translate('app.assessment.computedScore'), type: 'number', value: (row) => row.computedScore },
    { title: translate('app.assessment.adjustedScore'), type: 'number', value: (row) => row.adjustedScore },
    { title: translate('app.assessment.score'), type: 'number', value: (row) => row.score },
    { title: translate('app.assessment.status'), type: 'text', value: (row) => translate(`sanxin.enums.assessmentStatus.${row.status}`) },
  ];
  const month = rows[0]?.month ?? '';
  return (
    <TableDownload
      filename={`${translate('app.assessment.table')}_${showMonth ? (rows[0]?.staff?.name ?? '') : month}`}
      columns={columns}
      rows={rows}
      label={translate('app.assessment.table')}
    />
  );
};
