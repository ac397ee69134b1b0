import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { CustomerInputs } from './CustomerInputs';
import { validateCustomerForm } from './customerValidation';

const validate = validateCustomerForm('create');

export const CustomerCreate = () => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  // Whoever files a customer owns it until a manager reassigns it (首问负责).
  const defaultValues = { kind: 'COMPANY', tier: 'C', lifecycle: 'PROSPECT', ownerId: identity?.id };
  return (
    <Create redirect="show">
      <SimpleForm validate={validate} defaultValues={defaultValues}>
        <CustomerInputs />
      </SimpleForm>
    </Create>
  );
};
