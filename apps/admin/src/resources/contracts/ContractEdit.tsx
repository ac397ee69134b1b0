import { Edit, SimpleForm } from 'react-admin';
import { ConflictToolbar } from '../../forms/ConflictToolbar';
import { PendingChangeBanner } from '../pendingChanges';
import { ShowUnlessEditable } from '../../forms/ShowUnlessEditable';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { ContractInputs } from './ContractInputs';
import { validateContractForm } from './contractValidation';

const validate = validateContractForm('update');

export const ContractEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="show">
    <ShowUnlessEditable />
    <PendingChangeBanner />
    <SimpleForm toolbar={<ConflictToolbar />} validate={validate} resetOptions={KEEP_TYPED_VALUES}>
      <ContractInputs />
    </SimpleForm>
  </Edit>
);
