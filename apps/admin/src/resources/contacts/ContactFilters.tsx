import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';

export const contactFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];
