import CalculateIcon from '@mui/icons-material/Calculate';
import { Alert, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { type AssessmentAction, canAccess, localDateIn, type Role } from '@sanxin/domain';
import { useState } from 'react';
import { Button, Loading, Title, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { canSeeAssessmentTable } from './access';
import { AdjustDialog, ConfirmDialog } from './AssessmentDialogs';
import type { MonthlyAssessmentRow } from './assessmentQueries';
import { AssessmentRows } from './AssessmentRows';
import { actionsFor, previousMonth } from './assessmentFigures';
import { useAssessments } from './useAssessments';
import { TeamSelect } from '../forms/TeamSelect';

type Pending = { row: MonthlyAssessmentRow; action: AssessmentAction } | null;

/** Runs a step; a CONFLICT (someone changed it meanwhile) or any refusal is shown, and the month read again. */
export function useAssessmentSteps(reload: () => Promise<void>) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error', autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
      setPending(null);
      await reload();
    }
  };
  const dialog =
    pending &&
    (pending.action === 'adjust' ? (
      <AdjustDialog
        row={pending.row}
        busy={busy}
        onCancel={() => setPending(null)}
        onSave={(score, reason) =>
          run(() => dataProvider.adjustMonthlyAssessment(pending.row.id, pending.row.version, score, reason), 'app.assessment.adjusted')
        }
      />
    ) : (
      <ConfirmDialog
        row={pending.row}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => run(() => dataProvider.confirmMonthlyAssessment(pending.row.id, pending.row.version), 'app.assessment.confirmed')}
      />
    ));
  return { dialog, start: (row: MonthlyAssessmentRow, action: AssessmentAction) => setPending({ row, action }) };
}

/** 月考核 (managers; QA computes; a shift leader reads their team's): each agent's month, the figures behind it, 认定. */
export const AssessmentPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { identity, isPending } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const viewer = identity && role ? { id: String(identity.id), role } : null;
  const allowed = canSeeAssessmentTable(role);
  const [month, setMonth] = useState(() => previousMonth(localDateIn('Asia/Shanghai', new Date()).slice(0, 7)));
  const [teamId, setTeamId] = useState('');
  const showTeams = !!role && role !== 'SHIFT_LEADER';
  const { rows, reload } = useAssessments({ month, ...(teamId ? { teamId } : {}) }, allowed);
  const steps = useAssessmentSteps(reload);
  const [computing, setComputing] = useState(false);
  if (isPending) return <Loading />;
  if (!allowed || !viewer) return <Alert severity="warning">{translate('sanxin.errors.FORBIDDEN')}</Alert>;

  const mayCompute = canAccess(viewer.role, 'monthlyAssessment', 'create');
  const compute = async () => {
    setComputing(true);
    try {
      const result = await dataProvider.computeMonthlyAssessments(month);
      notify('app.assessment.computed', { type: 'success', messageArgs: { ...result } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setComputing(false);
      await reload();
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.assessment.title" />
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }} alignItems={{ sm: 'center' }}>
          <TextField
            type="month"
            size="small"
            label={translate('app.assessment.month')}
            value={month}
            onChange={(event) => event.target.value && setMonth(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {showTeams && <TeamSelect value={teamId} onChange={setTeamId} label="app.assessment.team" allLabel="app.assessment.allTeams" />}
          {mayCompute && (
            <Button label="app.assessment.compute" variant="contained" disabled={computing} onClick={compute}>
              <CalculateIcon />
            </Button>
          )}
        </Stack>
        {mayCompute && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('app.assessment.computeHint')}
          </Typography>
        )}
        {rows === undefined && <Loading />}
        {rows?.length === 0 && <Typography>{translate('app.assessment.empty')}</Typography>}
        {rows && rows.length > 0 && <AssessmentRows rows={rows} actionsOf={(row) => actionsFor(row, viewer)} onAction={steps.start} />}
        {steps.dialog}
      </CardContent>
    </Card>
  );
};
