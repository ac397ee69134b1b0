import { INTERACTION_CHANNELS, INTERACTION_DIRECTIONS } from '@sanxin/domain';
import { AutocompleteInput, ReferenceInput, SearchInput, SelectArrayInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

export const interactionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="staffId" source="staffId" reference="staffMembers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectArrayInput key="channel" source="channel" choices={choicesOf(INTERACTION_CHANNELS, 'channel')} />,
  <SelectArrayInput key="direction" source="direction" choices={choicesOf(INTERACTION_DIRECTIONS, 'direction')} />,
];
