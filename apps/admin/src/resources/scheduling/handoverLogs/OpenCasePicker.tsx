import { Autocomplete, TextField } from '@mui/material';
import { type EscalationLevelName, escalationLevelOf } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';

export interface OpenCase {
  id: string;
  number: string;
  description?: string;
}

export const openCaseLabel = (complaint: OpenCase) => `${complaint.number} ${(complaint.description ?? '').slice(0, 24)}`;

/**
 * 未结疑难投诉: picked from a search of open complaints (by number or text), escalated ones first,
 * never typed as ids. `error` is the server's message for the field, shown in red under it.
 */
export const OpenCasePicker = ({ value, onChange, label, error }: { value: OpenCase[]; onChange: (value: OpenCase[]) => void; label: string; error?: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<OpenCase[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    // Debounced: one query per pause in typing.
    const timer = setTimeout(() => {
      dataProvider
        .getList<OpenCase & { escalationLevel?: EscalationLevelName }>('complaints', { filter: { open: true, ...(search.trim() ? { q: search.trim() } : {}) }, pagination: { page: 1, perPage: 20 }, sort: { field: 'dueAt', order: 'ASC' } })
        .then(({ data }) => live && setOptions([...data].sort((a, b) => escalationLevelOf(b.escalationLevel) - escalationLevelOf(a.escalationLevel))))
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataProvider, search]);

  return (
    <Autocomplete
      multiple
      filterSelectedOptions
      options={options}
      value={value}
      loading={loading}
      filterOptions={(all) => all}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={openCaseLabel}
      onChange={(_, next) => onChange(next)}
      onInputChange={(_, text, reason) => reason !== 'reset' && setSearch(text)}
      noOptionsText={translate('app.scheduling.handover.noOpenCases')}
      renderInput={(params) => <TextField {...params} label={label} name="openCaseIds" error={!!error} helperText={error ?? translate('app.scheduling.handover.openCasesHint')} />}
    />
  );
};
