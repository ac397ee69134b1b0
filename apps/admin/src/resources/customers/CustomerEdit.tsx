import { Edit, SimpleForm } from 'react-admin';
import { ConflictToolbar } from '../../forms/ConflictToolbar';
import { ShowUnlessEditable } from '../../forms/ShowUnlessEditable';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { CustomerInputs } from './CustomerInputs';
import { validateCustomerForm } from './customerValidation';

const validate = validateCustomerForm('update');

export const CustomerEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="show">
    <ShowUnlessEditable />
    <SimpleForm toolbar={<ConflictToolbar />} validate={validate} resetOptions={KEEP_TYPED_VALUES}>
      <CustomerInputs />
    </SimpleForm>
  </Edit>
);
