import {
  BooleanField,
  DataTable,
  DateField,
  EditButton,
  Labeled,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { PART_REPLACEMENT_STATUSES } from '@sanxin/domain';
import { AuditHistory } from '../../audit/AuditHistory';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import { choicesOf } from '../../i18n/choices';
import { AssignContractOwnerButton } from './AssignContractOwnerButtons';
import { AmountField, ContractStatusChip, DaysToEndField } from './ContractFields';
import { ContractOwnerHistory } from './ContractOwnerHistory';
import { ContractWorkflowButtons } from './ContractWorkflowButtons';
import { PendingChangeBanner } from '../pendingChanges';

const ShowActions = () => (
  <TopToolbar>
    <ContractWorkflowButtons />
    <AssignContractOwnerButton />
    <EditButton />
  </TopToolbar>
);

const ConfidentialityText = () => {
  const record = useRecordContext();
  if (!record?.confidential) return null;
  return (
    <Labeled label="resources.contracts.fields.confidentialityText">
      {record.amountHidden ? <AmountField /> : <TextField source="confidentialityText" />}
    </Labeled>
  );
};

const TerminationReason = () => {
  const record = useRecordContext();
  if (!record?.terminationReason) return null;
  return (
    <Labeled label="resources.contracts.fields.terminationReason">
      <TextField source="terminationReason" />
    </Labeled>
  );
};

/** LocalDate fields ("2026-12-31") are shown as the calendar date they are, never shifted by a time zone. */
export const ContractShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.contract.tabs.details">
        <PendingChangeBanner />
        <TextField source="number" />
        <TextField source="title" />
        <Labeled label="resources.contracts.fields.status">
          <ContractStatusChip />
        </Labeled>
        <TextField source="customer.name" label="resources.contracts.fields.customer" />
        <TextField source="owner.name" label="resources.contracts.fields.owner" />
        <TextField source="scope" emptyText="-" />
        <TextField source="startDate" />
        <TextField source="endDate" />
        <Labeled label="resources.contracts.fields.daysToEnd">
          <DaysToEndField />
        </Labeled>
        <TextField source="warrantyEndDate" emptyText="-" />
        <Labeled label="resources.contracts.fields.amount">
          <AmountField />
        </Labeled>
        <BooleanField source="confidential" />
        <ConfidentialityText />
        <TerminationReason />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.contract.tabs.owners" path="owners">
        <ContractOwnerHistory />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.contract.tabs.parts" path="parts">
        <ReferenceManyField reference="partReplacements" target="contractId" sort={{ field: 'createdAt', order: 'DESC' }} label={false}>
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="partName" />
            <DataTable.Col source="quantity" />
            <DataTable.Col source="status">
              <SelectField source="status" choices={choicesOf(PART_REPLACEMENT_STATUSES, 'partReplacementStatus')} />
            </DataTable.Col>
            <DataTable.Col source="createdAt">
              <DateField source="createdAt" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.attachments.title" path="attachments">
        <AttachmentsPanel ownerType="CONTRACT" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.contract.tabs.history" path="history">
        <AuditHistory entity="contract" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
