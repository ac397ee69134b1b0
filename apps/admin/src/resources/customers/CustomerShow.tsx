import { CUSTOMER_KINDS, CUSTOMER_SOURCES, CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import LockIcon from '@mui/icons-material/Lock';
import { Alert } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  EditButton,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextArrayField,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { AuditHistory } from '../../audit/AuditHistory';
import { CustomerMergeHistory, MergeCustomerButton } from './CustomerMerge';
import { InteractionTimeline } from './InteractionTimeline';
import { LogInteractionButton } from './LogInteractionButton';
import { PendingChangeBanner } from '../pendingChanges';

const ShowActions = () => (
  <TopToolbar>
    <LogInteractionButton />
    <EditButton />
    <MergeCustomerButton />
  </TopToolbar>
);

const PiiMaskedHint = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.piiMasked) return null;
  return (
    <Alert severity="info" icon={<LockIcon fontSize="inherit" />}>
      {translate('app.customer.piiMaskedHint')}
    </Alert>
  );
};

const AddContactButton = () => {
  const record = useRecordContext();
  return record ? <CreateButton resource="contacts" state={{ record: { customerId: record.id } }} /> : null;
};

export const CustomerShow = () => (
  <Show actions={<ShowActions />}>
    {/* Scrollable tabs: on a phone the four tabs would otherwise widen the page. */}
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
      <TabbedShowLayout.Tab label="app.customer.tabs.details">
        <PendingChangeBanner />
        <PiiMaskedHint />
        <TextField source="name" />
        <SelectField source="kind" choices={choicesOf(CUSTOMER_KINDS, 'kind')} />
        <TextField source="company" emptyText="-" />
        <TextField source="phone" emptyText="-" />
        <TextField source="email" emptyText="-" />
        <TextField source="address" emptyText="-" />
        <SelectField source="tier" choices={choicesOf(CUSTOMER_TIERS, 'tier')} />
        <SelectField source="lifecycle" choices={choicesOf(LIFECYCLE_STAGES, 'lifecycle')} />
        <SelectField source="source" choices={choicesOf(CUSTOMER_SOURCES, 'source')} emptyText="-" />
        <TextField source="industry" emptyText="-" />
        <TextField source="owner.name" label="resources.customers.fields.owner" emptyText="-" />
        <TextArrayField source="tags" emptyText="-" />
        <TextField source="notes" emptyText="-" />
        <DateField source="updatedAt" showTime />
        <CustomerMergeHistory />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.customer.tabs.contacts" path="contacts">
        <ReferenceManyField reference="contacts" target="customerId" label={false}>
          <DataTable bulkActionButtons={false} rowClick="edit">
            <DataTable.Col source="name" />
            <DataTable.Col source="position" />
            <DataTable.Col source="phone" />
            <DataTable.Col source="email" />
          </DataTable>
        </ReferenceManyField>
        <AddContactButton />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.customer.tabs.interactions" path="interactions">
        <LogInteractionButton />
        <ReferenceManyField reference="interactions" target="customerId" sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50} label={false}>
          <InteractionTimeline />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.customer.tabs.assignments" path="assignments">
        <ReferenceManyField reference="customerAssignments" target="customerId" sort={{ field: 'assignedAt', order: 'DESC' }} perPage={50} label={false}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="assignedAt">
              <DateField source="assignedAt" showTime />
            </DataTable.Col>
            <DataTable.Col source="agent" disableSort>
              <TextField source="agent.name" />
            </DataTable.Col>
            <DataTable.Col source="previousAgent" disableSort>
              <TextField source="previousAgent.name" emptyText="-" />
            </DataTable.Col>
            <DataTable.Col source="assignedBy" disableSort>
              <TextField source="assignedBy.name" />
            </DataTable.Col>
            <DataTable.Col source="reason" disableSort />
            <DataTable.Col source="firstContactDueAt" disableSort>
              <DateField source="firstContactDueAt" showTime />
            </DataTable.Col>
            <DataTable.Col source="firstContactedAt" disableSort>
              <DateField source="firstContactedAt" showTime emptyText="-" />
            </DataTable.Col>
            <DataTable.Col source="endedAt" disableSort>
              <DateField source="endedAt" showTime emptyText="-" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.customer.tabs.history" path="history">
        <AuditHistory entity="customer" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
