import { ROLES } from '@sanxin/domain';
import { BooleanInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

export const staffFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="role" source="role" choices={choicesOf(ROLES, 'role')} />,
  <ReferenceInput key="teamId" source="teamId" reference="teams">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];
