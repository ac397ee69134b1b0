import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput } from 'react-admin';

/** A contact belongs to one customer for good: the customer is chosen on create only. */
export const ContactInputs = ({ mode }: { mode: 'create' | 'update' }) => (
  <>
    {mode === 'create' && (
      <ReferenceInput source="customerId" reference="customers">
        <AutocompleteInput optionText="name" isRequired />
      </ReferenceInput>
    )}
    <TextInput source="name" isRequired />
    <TextInput source="position" />
    <TextInput source="phone" />
    <TextInput source="email" />
    <BooleanInput source="isPrimary" />
  </>
);
