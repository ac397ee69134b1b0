import { Grid } from '@mui/material';
import { AutocompleteInput, BooleanInput, DateInput, FormDataConsumer, ReferenceInput, TextInput, useCanAccess, useRecordContext } from 'react-admin';

/** `creating`: the owner is chosen here only on create; afterwards it changes through the owner dialog (with a reason). */
export const ContractInputs = ({ creating = false }: { creating?: boolean }) => {
  // Viewers who do not see the amount cannot change it: saving an empty field would erase it.
  const hidden = Boolean(useRecordContext()?.amountHidden);
  const { canAccess: canAssign } = useCanAccess({ resource: 'contracts', action: 'assign' });
  return (
    <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 900 }}>
      <Grid size={{ xs: 12, md: 4 }}>
        <TextInput source="number" isRequired />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextInput source="title" isRequired />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ReferenceInput source="customerId" reference="customers">
          <AutocompleteInput optionText="name" isRequired />
        </ReferenceInput>
      </Grid>
      {creating && canAssign && (
        <Grid size={{ xs: 12, md: 6 }}>
          <ReferenceInput source="ownerId" reference="staffMembers" filter={{ active: true }}>
            <AutocompleteInput optionText="name" />
          </ReferenceInput>
        </Grid>
      )}
      <Grid size={12}>
        <TextInput source="scope" multiline minRows={2} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <DateInput source="startDate" isRequired />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <DateInput source="endDate" isRequired />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <DateInput source="warrantyEndDate" />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <TextInput source="amount" disabled={hidden} helperText="CNY, 12800.00" />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <BooleanInput source="confidential" />
      </Grid>
      <FormDataConsumer<{ confidential?: boolean }>>
        {({ formData }) =>
          formData.confidential ? (
            <Grid size={12}>
              <TextInput source="confidentialityText" multiline minRows={3} disabled={hidden} isRequired />
            </Grid>
          ) : null
        }
      </FormDataConsumer>
    </Grid>
  );
};
