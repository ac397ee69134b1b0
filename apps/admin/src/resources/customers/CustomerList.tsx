import { CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import { CreateButton, DataTable, useCanAccess, DateField, FilterButton, List, SelectField, TextField, TopToolbar } from 'react-admin';
import { AssignCustomersButton } from '../../assignment/AssignCustomersButton';
import { choicesOf } from '../../i18n/choices';
import { customerFilters } from './CustomerFilters';
import { ExportCustomersButton } from './ExportCustomersButton';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportCustomersButton />
  </TopToolbar>
);

export const CustomerList = () => {
  // Rows are selectable only for those who may assign them (分配负责人).
  const { canAccess: canAssign } = useCanAccess({ resource: 'customers', action: 'assign' });
  return (
    <List filters={customerFilters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false}>
      <DataTable bulkActionButtons={canAssign ? <AssignCustomersButton /> : false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="company" disableSort />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="tier">
          <SelectField source="tier" choices={choicesOf(CUSTOMER_TIERS, 'tier')} />
        </DataTable.Col>
        <DataTable.Col source="lifecycle">
          <SelectField source="lifecycle" choices={choicesOf(LIFECYCLE_STAGES, 'lifecycle')} />
        </DataTable.Col>
        <DataTable.Col source="owner" label="resources.customers.fields.owner" disableSort>
          <TextField source="owner.name" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt">
          <DateField source="updatedAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
