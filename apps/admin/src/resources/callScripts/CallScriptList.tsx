import { CALL_TYPES } from '@sanxin/domain';
import { BooleanField, BooleanInput, DataTable, DateField, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { ExportingListActions } from '../../export/ExportingListActions';

const callTypes = choicesOf(CALL_TYPES, 'callType');

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="callType" source="callType" choices={callTypes} alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

/** 话术库: the scripts per call type; the one in use for each type is marked. */
export const CallScriptList = () => (
  <List actions={<ExportingListActions />} filters={filters} sort={{ field: 'callType', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="callType">
        <SelectField source="callType" choices={callTypes} />
      </DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="revision" disableSort />
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
