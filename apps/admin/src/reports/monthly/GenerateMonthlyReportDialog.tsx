import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { canAccess, localDateIn, type Role } from '@sanxin/domain';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { monthBefore } from './monthlyReportFormat';
import type { MonthlyReportView } from './monthlyReportQueries';
import { TeamSelect } from '../../forms/TeamSelect';

/** A shift leader writes their own team's report (the API's default); the managers pick a team or the department. */
export const mayChooseTeam = (role: Role) => role !== 'SHIFT_LEADER' && canAccess(role, 'monthlyReport', 'create');

interface Props {
  role: Role;
  onClose(): void;
  onGenerated(report: MonthlyReportView): void;
}

/** 生成: last month by default (the month that has just ended); the API refuses a month not yet over. */
export const GenerateMonthlyReportDialog = ({ role, onClose, onGenerated }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [month, setMonth] = useState(() => monthBefore(localDateIn('Asia/Shanghai', new Date()).slice(0, 7)));
  const [teamId, setTeamId] = useState('');
  const [busy, setBusy] = useState(false);
  const chooseTeam = mayChooseTeam(role);
  const generate = async () => {
    setBusy(true);
    try {
      const report = await dataProvider.generateMonthlyReport(month, teamId || null);
      notify('app.monthlyReport.generated', { type: 'success' });
      onGenerated(report);
    } catch (error) {
      notify((error as Error).message, { type: 'error', autoHideDuration: 10_000 });
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('app.monthlyReport.generateTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            type="month"
            size="small"
            label={translate('app.monthlyReport.month')}
            value={month}
            onChange={(event) => event.target.value && setMonth(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {chooseTeam ? (
            <TeamSelect value={teamId} onChange={setTeamId} label="app.monthlyReport.team" allLabel="app.monthlyReport.department" />
          ) : (
            <TextField size="small" label={translate('app.monthlyReport.team')} value={translate('app.monthlyReport.ownTeam')} disabled />
          )}
          <Typography variant="body2" color="text.secondary">
            {translate('app.monthlyReport.generateHint')}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={generate} disabled={busy}>
          {translate('app.monthlyReport.generate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
