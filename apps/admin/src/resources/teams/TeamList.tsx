import { DataTable, DateField, List } from 'react-admin';
import { ExportingListActions } from '../../export/ExportingListActions';

export const TeamList = () => (
  <List actions={<ExportingListActions />} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
