import { DEPARTMENTS } from '@sanxin/domain';
import { BooleanField, DateField, Labeled, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import { choicesOf } from '../../i18n/choices';
import { MoneyField, PartReplacementStatusChip, PartReplacementSteps } from './PartReplacementFields';
import { PartReplacementStepButtons } from './PartReplacementStepButtons';

const ShowActions = () => (
  <TopToolbar>
    <PartReplacementStepButtons />
  </TopToolbar>
);

export const PartReplacementShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="partName" />
      <NumberField source="quantity" />
      <Labeled label="resources.partReplacements.fields.status">
        <PartReplacementStatusChip />
      </Labeled>
      <TextField source="customer.name" label="resources.partReplacements.fields.customer" />
      <TextField source="contract.number" label="resources.partReplacements.fields.contract" emptyText="-" />
      <BooleanField source="insideContract" />
      <BooleanField source="warrantyCovered" />
      <SelectField source="department" choices={choicesOf(DEPARTMENTS, 'department')} emptyText="-" />
      <Labeled label="resources.partReplacements.fields.unitPrice">
        <MoneyField source="unitPrice" />
      </Labeled>
      <Labeled label="resources.partReplacements.fields.totalPrice">
        <MoneyField source="total" />
      </Labeled>
      <TextField source="description" emptyText="-" />
      <DateField source="createdAt" showTime />
      <PartReplacementSteps />
      <AttachmentsPanel ownerType="PART_REPLACEMENT" />
    </SimpleShowLayout>
  </Show>
);
