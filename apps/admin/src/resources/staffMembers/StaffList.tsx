import { JOB_TYPES, ROLES } from '@sanxin/domain';
import { BooleanField, DataTable, List, SelectField, TextField } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { staffFilters } from './StaffFilters';
import { ExportingListActions } from '../../export/ExportingListActions';

export const StaffList = () => (
  <List actions={<ExportingListActions />} filters={staffFilters} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="username" />
      <DataTable.Col source="name" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={choicesOf(ROLES, 'role')} />
      </DataTable.Col>
      <DataTable.Col source="jobType" disableSort>
        <SelectField source="jobType" choices={choicesOf(JOB_TYPES, 'jobType')} />
      </DataTable.Col>
      <DataTable.Col source="skillLevel" disableSort />
      <DataTable.Col source="teamId" disableSort>
        <TextField source="team.name" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
