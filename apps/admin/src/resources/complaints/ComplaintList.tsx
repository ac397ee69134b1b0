import { COMPLAINT_SEVERITIES } from '@sanxin/domain';
import { CreateButton, DataTable, DateField, FilterButton, List, NumberField, ReferenceField, SelectField, TextField, TopToolbar } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { complaintFilters } from './ComplaintFilters';
import { ComplaintStatusChip, PriorityChip } from './ComplaintFields';
import { SlaBadges } from './SlaBadges';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="app.complaint.register" />
  </TopToolbar>
);

/** 投诉列表: open ones first by due time; SLA badges say on time, due soon, overdue and who it went up to. */
export const ComplaintList = () => (
  <List filters={complaintFilters} filterDefaultValues={{ open: true }} actions={<ListActions />} sort={{ field: 'dueAt', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" disableSort>
        <TextField source="number" sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }} />
      </DataTable.Col>
      <DataTable.Col source="receivedAt">
        <DateField source="receivedAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="customerId" disableSort>
        <ReferenceField source="customerId" reference="customers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="categoryId" disableSort>
        <ReferenceField source="categoryId" reference="complaintCategories" link={false} />
      </DataTable.Col>
      <DataTable.Col source="description" disableSort>
        <TextField source="description" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 320 }} />
      </DataTable.Col>
      <DataTable.Col source="severity" disableSort>
        <SelectField source="severity" choices={choicesOf(COMPLAINT_SEVERITIES, 'complaintSeverity')} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <ComplaintStatusChip />
      </DataTable.Col>
      <DataTable.Col source="ownerId" disableSort>
        <TextField source="owner.name" />
      </DataTable.Col>
      <DataTable.Col source="dueAt">
        <DateField source="dueAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="slaState" disableSort>
        <SlaBadges />
      </DataTable.Col>
      <DataTable.Col source="priority" disableSort>
        <PriorityChip />
      </DataTable.Col>
      <DataTable.Col source="urgeCount" disableSort>
        <NumberField source="urgeCount" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
