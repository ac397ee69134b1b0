import { MenuItem, Stack, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

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
  const { data: teams } = useGetList('teams', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled: showTeams });
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
      {showTeams && (
        <TextField
          select
          size="small"
          sx={{ minWidth: 180 }}
          label={translate('app.reports.team')}
          value={teamId}
          onChange={(event) => onTeam(event.target.value)}
        >
          <MenuItem value="">{translate('app.reports.department')}</MenuItem>
          {teams?.map((team) => (
            <MenuItem key={team.id} value={team.id}>
              {team.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
};
