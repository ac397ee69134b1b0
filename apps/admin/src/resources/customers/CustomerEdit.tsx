import { Edit, SimpleForm } from 'react-admin';
import { ConflictToolbar } from '../../forms/ConflictToolbar';
import { PendingChangeBanner } from '../pendingChanges';
import { ShowUnlessEditable } from '../../forms/ShowUnlessEditable';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { CustomerInputs } from './CustomerInputs';
import { validateCustomerForm } from './customerValidation';

const validate = validateCustomerForm('update');

export const CustomerEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="show">
    <ShowUnlessEditable />
    <PendingChangeBanner />
    <SimpleForm toolbar={<ConflictToolbar />} validate={validate} resetOptions={KEEP_TYPED_VALUES}>
      <CustomerInputs />
    </SimpleForm>
  </Edit>
);
