import { CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import { AutocompleteInput, ReferenceInput, SearchInput, SelectArrayInput, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

export const customerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="tier" source="tier" choices={choicesOf(CUSTOMER_TIERS, 'tier')} alwaysOn />,
  <SelectArrayInput key="lifecycle" source="lifecycle" choices={choicesOf(LIFECYCLE_STAGES, 'lifecycle')} />,
  <ReferenceInput key="ownerId" source="ownerId" reference="staffMembers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <TextInput key="tag" source="tag" />,
];
