import { CUSTOMER_KINDS, CUSTOMER_SOURCES, CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import { Grid } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SelectInput, TextArrayInput, TextInput, useCanAccess, useRecordContext } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { DuplicateWarning } from './DuplicateWarning';

export const CustomerInputs = () => {
  // Viewers who see masked PII cannot change it: saving "138****5678" would destroy the real number.
  const piiLocked = Boolean(useRecordContext()?.piiMasked);
  // Choosing the owner is a manager's decision (分配); agents file customers as their own.
  const { canAccess: canAssign } = useCanAccess({ resource: 'customers', action: 'assign' });
  return (
    <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 900 }}>
      <Grid size={12}>
        <DuplicateWarning />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="name" isRequired />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <SelectInput source="kind" choices={choicesOf(CUSTOMER_KINDS, 'kind')} isRequired />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="company" />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="industry" />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="phone" disabled={piiLocked} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="email" disabled={piiLocked} />
      </Grid>
      <Grid size={12}>
        <TextInput source="address" disabled={piiLocked} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <SelectInput source="tier" choices={choicesOf(CUSTOMER_TIERS, 'tier')} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <SelectInput source="lifecycle" choices={choicesOf(LIFECYCLE_STAGES, 'lifecycle')} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <SelectInput source="source" choices={choicesOf(CUSTOMER_SOURCES, 'source')} />
      </Grid>
      {canAssign && (
        <Grid size={{ xs: 12, md: 6 }}>
          <ReferenceInput source="ownerId" reference="staffMembers" filter={{ active: true }}>
            <AutocompleteInput optionText="name" />
          </ReferenceInput>
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <TextArrayInput source="tags" />
      </Grid>
      <Grid size={12}>
        <TextInput source="notes" multiline minRows={3} />
      </Grid>
    </Grid>
  );
};
