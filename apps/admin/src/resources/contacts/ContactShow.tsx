import { BooleanField, DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../../audit/AuditHistory';

export const ContactShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="customerId" reference="customers" link="show" />
      <TextField source="name" />
      <TextField source="position" emptyText="-" />
      <TextField source="phone" emptyText="-" />
      <TextField source="email" emptyText="-" />
      <BooleanField source="isPrimary" />
      <DateField source="updatedAt" showTime />
      <AuditHistory entity="contact" />
    </SimpleShowLayout>
  </Show>
);
