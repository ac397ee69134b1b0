import { Create, SimpleForm } from 'react-admin';
import { ContractInputs } from './ContractInputs';
import { validateContractForm } from './contractValidation';

const validate = validateContractForm('create');

export const ContractCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validate} defaultValues={{ confidential: false }}>
      <ContractInputs creating />
    </SimpleForm>
  </Create>
);
