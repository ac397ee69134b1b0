import { Alert, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useNavigate, useNotify, useParams, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { fieldErrorsOf, isConflict } from '../../providers/graphqlErrors';
import { STEP_OF_ACTION } from './monthlyReportFormat';
import type { MonthlyReportView } from './monthlyReportQueries';
import { MonthlyReportSection } from './MonthlyReportSection';
import { MonthlyReportSteps } from './MonthlyReportSteps';
import { useMonthlyReport } from './useMonthlyReports';

type Action = MonthlyReportView['availableActions'][number];

/** The commentary is written while the viewer may still move the draft (regenerate or submit it). */
const mayWrite = (report: MonthlyReportView) =>
  report.status === 'DRAFT' && report.availableActions.some((action) => action === 'SUBMIT' || action === 'REGENERATE');

/**
 * 月服务报告: the frozen sections with their commentary, the steps the API offers, the downloads.
 * Every change waits for the server; CONFLICT says someone else changed it and reads it again.
 */
export const MonthlyReportPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { report, setReport, reload } = useMonthlyReport(id);
  const [violations, setViolations] = useState<Record<string, string>>({});
  // One save at a time: each answers the next version, which the next save must send.
  const [saving, setSaving] = useState(false);

  if (report === undefined) return <Loading />;
  if (report === null) return <Alert severity="warning">{translate('app.monthlyReport.notFound')}</Alert>;

  const refused = async (error: unknown) => {
    if (isConflict(error)) {
      notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
      await reload();
    } else {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error', autoHideDuration: 10_000 });
    }
  };
  const saveCommentary = (section: string) => async (text: string) => {
    setSaving(true);
    try {
      setReport(await dataProvider.updateMonthlyReportCommentary(report.id, report.version, section, text.trim() ? text : null));
      setViolations(({ [section]: _fixed, ...rest }) => rest);
      notify('app.monthlyReport.commentarySaved', { type: 'success' });
    } catch (error) {
      await refused(error);
    } finally {
      setSaving(false);
    }
  };
  const step = async (action: Action) => {
    try {
      const result = await dataProvider.monthlyReportStep(STEP_OF_ACTION[action], report.id, report.version);
      setViolations({});
      notify(`app.monthlyReport.done.${action}`, { type: 'success' });
      if (result.id !== report.id) navigate(`/reports/monthly/${result.id}`);
      else setReport(result);
    } catch (error) {
      const bySection: Record<string, string> = {};
      for (const { code, params } of fieldErrorsOf(error)) {
        const section = params?.section;
        if (typeof section === 'string') {
          bySection[section] = translate(`sanxin.validation.${code}`, { ...params, section: translate(`sanxin.enums.monthlyReportSection.${section}`) });
        }
      }
      setViolations(bySection);
      await refused(error);
    }
  };

  const scope = report.team?.name ?? translate('app.monthlyReport.department');
  const writable = mayWrite(report);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('app.monthlyReport.reportTitle', { month: report.month, scope })} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }} flexWrap="wrap" useFlexGap>
        <Typography variant="h6">{translate('app.monthlyReport.reportTitle', { month: report.month, scope })}</Typography>
        <Chip size="small" label={translate(`sanxin.enums.reportStatus.${report.status}`)} data-testid="report-status" />
        <Chip size="small" variant="outlined" label={translate('app.monthlyReport.revisionValue', { revision: report.revision })} />
        {report.late && <Chip size="small" color="error" label={translate('app.monthlyReport.late')} />}
        <Typography variant="body2" color="text.secondary">
          {translate('app.monthlyReport.dueDate')}：{report.dueDate}
        </Typography>
        {report.signedBy && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.monthlyReport.signedBy')}：{report.signedBy.name}
          </Typography>
        )}
      </Stack>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap alignItems="center" data-testid="report-actions">
        <MonthlyReportSteps actions={report.availableActions} onStep={step} />
        <MuiLink href={report.downloads.pdf} download>
          {translate('app.monthlyReport.downloadPdf')}
        </MuiLink>
        <MuiLink href={report.downloads.xlsx} download>
          {translate('app.monthlyReport.downloadXlsx')}
        </MuiLink>
      </Stack>
      {report.sections.map((section) => (
        <MonthlyReportSection
          // A saved or reloaded commentary starts its editor afresh; the other sections keep what is being typed.
          key={`${section.section}:${section.commentary ?? ''}`}
          section={section}
          month={report.month}
          onSave={writable ? saveCommentary(section.section) : undefined}
          violation={violations[section.section]}
          saving={saving}
        />
      ))}
    </Stack>
  );
};
