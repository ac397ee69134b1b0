import { MenuItem, Stack, TextField } from '@mui/material';
import { CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import { useTranslate } from 'react-admin';

export interface CandidateFilter {
  q: string;
  tier: string[];
  lifecycle: string[];
}

export const CandidateFilters = ({ filter, onChange }: { filter: CandidateFilter; onChange(filter: CandidateFilter): void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
      <TextField
        size="small"
        label={translate('ra.action.search')}
        value={filter.q}
        onChange={(event) => onChange({ ...filter, q: event.target.value })}
        name="q"
      />
      <TextField
        size="small"
        select
        label={translate('resources.customers.fields.tier')}
        value={filter.tier}
        onChange={(event) => onChange({ ...filter, tier: event.target.value as unknown as string[] })}
        slotProps={{ select: { multiple: true } }}
        sx={{ width: 180 }}
      >
        {CUSTOMER_TIERS.map((tier) => (
          <MenuItem key={tier} value={tier}>
            {translate(`sanxin.enums.tier.${tier}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        select
        label={translate('resources.customers.fields.lifecycle')}
        value={filter.lifecycle}
        onChange={(event) => onChange({ ...filter, lifecycle: event.target.value as unknown as string[] })}
        slotProps={{ select: { multiple: true } }}
        sx={{ width: 200 }}
      >
        {LIFECYCLE_STAGES.map((stage) => (
          <MenuItem key={stage} value={stage}>
            {translate(`sanxin.enums.lifecycle.${stage}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
