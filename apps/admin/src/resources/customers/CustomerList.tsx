import { CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import { CreateButton, DataTable, DateField, FilterButton, List, SelectField, TextField, TopToolbar } from 'react-admin';
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

export const CustomerList = () => (
  <List filters={customerFilters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
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
