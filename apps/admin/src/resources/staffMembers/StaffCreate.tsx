import { Create, SimpleForm } from 'react-admin';
import { StaffInputs } from './StaffInputs';
import { validateStaffForm } from './staffValidation';

const validate = validateStaffForm('create');

export const StaffCreate = () => (
  <Create redirect="list">
    <SimpleForm validate={validate} defaultValues={{ role: 'AGENT', skillLevel: 1 }}>
      <StaffInputs mode="create" />
    </SimpleForm>
  </Create>
);
