import { Create, SimpleForm } from 'react-admin';
import { PartReplacementInputs } from './PartReplacementInputs';
import { validatePartReplacementForm } from './partReplacementValidation';

const validate = validatePartReplacementForm('create');

export const PartReplacementCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validate} defaultValues={{ quantity: 1, insideContract: false, warrantyCovered: false }}>
      <PartReplacementInputs />
    </SimpleForm>
  </Create>
);
