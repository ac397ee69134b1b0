import { Edit, SimpleForm } from 'react-admin';
import { ConflictToolbar } from '../../forms/ConflictToolbar';
import { ShowUnlessEditable } from '../../forms/ShowUnlessEditable';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { ContactInputs } from './ContactInputs';
import { validateContactForm } from './contactValidation';

const validate = validateContactForm('update');

export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="show">
    <ShowUnlessEditable />
    <SimpleForm toolbar={<ConflictToolbar />} validate={validate} resetOptions={KEEP_TYPED_VALUES}>
      <ContactInputs mode="update" />
    </SimpleForm>
  </Edit>
);
