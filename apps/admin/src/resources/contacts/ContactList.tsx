import { BooleanField, DataTable, List, TextField } from 'react-admin';
import { contactFilters } from './ContactFilters';
import { ExportingListActions } from '../../export/ExportingListActions';

export const ContactList = () => (
  <List actions={<ExportingListActions />} filters={contactFilters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="customerId" disableSort>
        <TextField source="customer.name" />
      </DataTable.Col>
      <DataTable.Col source="position" disableSort />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="email" disableSort />
      <DataTable.Col source="isPrimary" disableSort>
        <BooleanField source="isPrimary" />
      </DataTable.Col>
    </DataTable>
  </List>
);
