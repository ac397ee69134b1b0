import { CONTRACT_STATUSES } from '@sanxin/domain';
import { Chip } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SearchInput, SelectArrayInput, useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

/** react-admin's quick filter pattern: a chip whose filter value is the input's defaultValue. */
const QuickFilter = ({ label }: { label: string; source: string; defaultValue: unknown }) => {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1 }} color="warning" label={translate(label)} />;
};

/** 即将到期 is a quick filter whose value is the configured window, so the list asks the API for exactly that. */
export const contractFilters = (expiringWindowDays: number) => [
  <SearchInput key="q" source="q" alwaysOn />,
  <QuickFilter key="expiringWithinDays" source="expiringWithinDays" label="app.contract.expiringFilter" defaultValue={expiringWindowDays} />,
  <SelectArrayInput key="status" source="status" choices={choicesOf(CONTRACT_STATUSES, 'contractStatus')} alwaysOn />,
  <ReferenceInput key="ownerId" source="ownerId" reference="staffMembers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="customerId" source="customerId" reference="customers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];
