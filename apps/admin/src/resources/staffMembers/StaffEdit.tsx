import BlockIcon from '@mui/icons-material/Block';
import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { StaffInputs } from './StaffInputs';
import { validateStaffForm } from './staffValidation';

const validate = validateStaffForm('update');

/** deleteStaff deactivates the account: history keeps the person, sign-in stops. */
const DeactivateButton = () => {
  const record = useRecordContext();
  if (!record?.active) return null;
  return (
    <DeleteButton
      label="app.staff.deactivate"
      icon={<BlockIcon />}
      mutationMode="pessimistic"
      successMessage="app.staff.deactivated"
      redirect="list"
    />
  );
};

const StaffToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeactivateButton />
  </Toolbar>
);

export const StaffEdit = () => (
  <Edit mutationMode="pessimistic" mutationOptions={useSaveErrorHandler()} redirect="list">
    <SimpleForm validate={validate} resetOptions={KEEP_TYPED_VALUES} toolbar={<StaffToolbar />}>
      <StaffInputs mode="update" />
    </SimpleForm>
  </Edit>
);
