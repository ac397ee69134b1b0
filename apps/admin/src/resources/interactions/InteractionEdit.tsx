import { Edit, SimpleForm } from 'react-admin';
import { ConflictToolbar } from '../../forms/ConflictToolbar';
import { ShowUnlessEditable } from '../../forms/ShowUnlessEditable';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { InteractionInputs } from './InteractionInputs';
import { validateInteractionForm } from './interactionValidation';

const validate = validateInteractionForm('update');

export const InteractionEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="show">
    <ShowUnlessEditable />
    <SimpleForm toolbar={<ConflictToolbar />} validate={validate} resetOptions={KEEP_TYPED_VALUES}>
      <InteractionInputs />
    </SimpleForm>
  </Edit>
);
