import { Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TeamSelect } from '../forms/TeamSelect';

/** The date and team pickers of the report pages; the team picker is hidden from agents (their own figures only). */
export const ReportFilters = ({
  date,
  teamId,
  onDate,
  onTeam,
  showTeams,
}: {
  date: string;
  teamId: string;
  onDate(date: string): void;
  onTeam(teamId: string): void;
  showTeams: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ my: 2 }}>
      <TextField
        type="date"
        size="small"
        label={translate('app.reports.date')}
        value={date}
        onChange={(event) => event.target.value && onDate(event.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {showTeams && <TeamSelect value={teamId} onChange={onTeam} label="app.reports.team" allLabel="app.reports.department" minWidth={180} />}
    </Stack>
  );
};
