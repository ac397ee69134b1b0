import { BooleanField, CreateButton, DataTable, List, NumberField, TopToolbar } from 'react-admin';
import { ExportButton } from '../../export/ExportButton';

export const ComplaintCategoryList = () => (
  <List
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={50}
    exporter={false}
    actions={
      <TopToolbar>
        <CreateButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="sortOrder" />
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="nameZh" disableSort />
      <DataTable.Col source="nameEn" disableSort />
      <DataTable.Col source="dueHours" disableSort>
        <NumberField source="dueHours" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
