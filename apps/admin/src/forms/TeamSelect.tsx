import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

/** Every team by name: what the team pickers list (a department has tens of teams, not hundreds). */
export const useTeams = (enabled = true) => useGetList('teams', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled });

interface TeamSelectProps {
  value: string;
  onChange(teamId: string): void;
  /** Translation key of the field's label. */
  label: string;
  /** Translation key of the entry meaning "no team chosen" (全部班组, 全部门), value ''; without it a team must be picked. */
  allLabel?: string;
  name?: string;
  minWidth?: number;
}

/** The 班组 picker of the report, quality, attendance and scheduling pages: one component, so each lists teams alike. */
export const TeamSelect = ({ value, onChange, label, allLabel, name, minWidth = 160 }: TeamSelectProps) => {
  const translate = useTranslate();
  const { data: teams } = useTeams();
  return (
    <TextField
      select
      size="small"
      sx={{ minWidth }}
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      // '' is a choice ("all") when there is one: shown, not an empty box.
      slotProps={{ select: { displayEmpty: !!allLabel }, inputLabel: { shrink: allLabel ? true : undefined }, htmlInput: name ? { name } : undefined }}
    >
      {allLabel && <MenuItem value="">{translate(allLabel)}</MenuItem>}
      {teams?.map((team) => (
        <MenuItem key={team.id} value={String(team.id)}>
          {team.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
