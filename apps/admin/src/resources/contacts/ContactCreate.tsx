import { Create, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';
import { validateContactForm } from './contactValidation';

const validate = validateContactForm('create');

export const ContactCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validate} defaultValues={{ isPrimary: false }}>
      <ContactInputs mode="create" />
    </SimpleForm>
  </Create>
);
