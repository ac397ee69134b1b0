import { COMPLAINT_SEVERITIES } from '@sanxin/domain';
import {
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  SelectField,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ExportButton } from '../../export/ExportButton';
import { PhoneCardList } from '../../layout/PhoneCardList';
import { useSmallScreen } from '../../layout/useSmallScreen';
import { choicesOf } from '../../i18n/choices';
import { complaintFilters } from './ComplaintFilters';
import { ComplaintStatusChip, PriorityChip } from './ComplaintFields';
import { SlaBadges } from './SlaBadges';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="app.complaint.register" />
    <ExportButton />
  </TopToolbar>
);

/** 投诉列表: open ones first by due time; SLA badges say on time, due soon, overdue and who it went up to. */
export const ComplaintList = () => {
  const small = useSmallScreen();
  const translate = useTranslate();
  return (
    <List filters={complaintFilters} filterDefaultValues={{ open: true }} actions={<ListActions />} sort={{ field: 'dueAt', order: 'ASC' }} exporter={false}>
      {small ? (
        // On a phone: one card per complaint: what it is about, its state and when it is due.
        <PhoneCardList
          primaryText={(complaint) => [complaint.number, complaint.description].filter(Boolean).join(' ')}
          secondaryText={(complaint) => [translate(`sanxin.enums.complaintStatus.${complaint.status}`), complaint.owner?.name].filter(Boolean).join(' · ')}
          tertiaryText={(complaint) => (complaint.dueAt ? new Date(complaint.dueAt).toLocaleString() : '')}
        />
      ) : (
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
            <TextField
              source="description"
              sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 320 }}
            />
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
      )}
    </List>
  );
};
