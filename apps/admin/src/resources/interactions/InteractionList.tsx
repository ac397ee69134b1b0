import { DataTable, DateField, List, TextField } from 'react-admin';
import { interactionFilters } from './InteractionFilters';
import { ChannelField, DirectionField, OutcomeField } from './InteractionFields';

export const InteractionList = () => (
  <List filters={interactionFilters} sort={{ field: 'occurredAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="occurredAt">
        <DateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="customerId" disableSort>
        <TextField source="customer.name" />
      </DataTable.Col>
      <DataTable.Col source="channel" disableSort>
        <ChannelField />
      </DataTable.Col>
      <DataTable.Col source="direction" disableSort>
        <DirectionField />
      </DataTable.Col>
      <DataTable.Col source="summary" disableSort />
      <DataTable.Col source="outcome" disableSort>
        <OutcomeField />
      </DataTable.Col>
      <DataTable.Col source="staffId" disableSort>
        <TextField source="staff.name" />
      </DataTable.Col>
    </DataTable>
  </List>
);
