import { Create, SimpleForm } from 'react-admin';
import { InteractionInputs, newInteractionDefaults } from './InteractionInputs';
import { validateInteractionForm } from './interactionValidation';

const validate = validateInteractionForm('create');

export const InteractionCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validate} defaultValues={newInteractionDefaults}>
      <InteractionInputs withCustomer />
    </SimpleForm>
  </Create>
);
