import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from '@sanxin/domain';
import { AutocompleteInput, BooleanInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

/** status, category, owner, the owner's team, severity, channel, overdue, escalated (at least SHIFT_LEADER 班长 / DEPT_MANAGER 主任), mine; `q` searches description and request. */
export const complaintFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="mine" source="mine" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choicesOf(COMPLAINT_STATUSES, 'complaintStatus')} />,
  <ReferenceInput key="categoryId" source="categoryId" reference="complaintCategories" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
    <SelectInput />
  </ReferenceInput>,
  <ReferenceInput key="ownerId" source="ownerId" reference="staffMembers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="teamId" source="teamId" reference="teams" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
    <SelectInput />
  </ReferenceInput>,
  <SelectArrayInput key="severity" source="severity" choices={choicesOf(COMPLAINT_SEVERITIES, 'complaintSeverity')} />,
  <SelectArrayInput key="channel" source="channel" choices={choicesOf(COMPLAINT_CHANNELS, 'complaintChannel')} />,
  <SelectInput
    key="escalated"
    source="escalated"
    choices={[
      { id: 'SHIFT_LEADER', name: 'app.complaint.sla.escalated1' },
      { id: 'DEPT_MANAGER', name: 'app.complaint.sla.escalated2' },
    ]}
  />,
  <BooleanInput key="open" source="open" />,
];
