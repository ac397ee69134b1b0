import { DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import { ChannelField, DirectionField, OutcomeField } from './InteractionFields';

export const InteractionShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="customerId" reference="customers" link="show" />
      <ReferenceField source="contactId" reference="contacts" link="show" emptyText="-" />
      <DateField source="occurredAt" showTime />
      <ChannelField />
      <DirectionField />
      <TextField source="summary" />
      <OutcomeField />
      <TextField source="staff.name" label="resources.interactions.fields.staffId" />
      <AttachmentsPanel ownerType="INTERACTION" />
    </SimpleShowLayout>
  </Show>
);
