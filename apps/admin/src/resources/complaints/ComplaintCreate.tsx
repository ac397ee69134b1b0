import { Grid } from '@mui/material';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, CUSTOMER_EMOTIONS } from '@sanxin/domain';
import {
  AutocompleteInput,
  Create,
  DateInput,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  useLocaleState,
} from 'react-admin';
import { CustomerLookup } from './CustomerLookup';
import { registrationPayload, validateRegistration } from './registration';
import { choicesOf } from '../../i18n/choices';
import { categoryName } from '../complaintCategories';

const CategoryInput = () => {
  const [locale] = useLocaleState();
  return (
    <ReferenceInput source="categoryId" reference="complaintCategories" filter={{ active: true }} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
      <AutocompleteInput optionText={(category) => categoryName(category, locale)} isRequired fullWidth />
    </ReferenceInput>
  );
};

/** Contact and contract belong to the chosen customer, so they appear once there is one. */
const CustomerDependentInputs = () => (
  <FormDataConsumer<{ customerId?: string }>>
    {({ formData }) =>
      formData.customerId ? (
        <Grid container spacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <ReferenceInput source="contactId" reference="contacts" filter={{ customerId: formData.customerId }}>
              <AutocompleteInput optionText="name" fullWidth />
            </ReferenceInput>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ReferenceInput source="contractId" reference="contracts" filter={{ customerId: formData.customerId }}>
              <AutocompleteInput optionText={(contract) => `${contract.number} ${contract.title ?? ''}`} fullWidth />
            </ReferenceInput>
          </Grid>
        </Grid>
      ) : null
    }
  </FormDataConsumer>
);

/**
 * 投诉登记: keyboard first for a phone agent. Focus starts in the customer lookup; Tab walks the
 * form top to bottom (radio groups move with the arrow keys); Enter in any one-line field saves.
 * The agent who registers becomes the owner (首问负责); received-at is now unless changed.
 */
export const ComplaintCreate = () => (
  <Create redirect="show" transform={registrationPayload}>
    <SimpleForm validate={validateRegistration} defaultValues={() => ({ channel: 'PHONE', receivedAt: new Date() })}>
      <CustomerLookup />
      <CustomerDependentInputs />
      <RadioButtonGroupInput source="channel" choices={choicesOf(COMPLAINT_CHANNELS, 'complaintChannel')} isRequired />
      <RadioButtonGroupInput source="emotion" choices={choicesOf(CUSTOMER_EMOTIONS, 'customerEmotion')} isRequired />
      <CategoryInput />
      <RadioButtonGroupInput source="severity" choices={choicesOf(COMPLAINT_SEVERITIES, 'complaintSeverity')} isRequired />
      <TextInput source="description" multiline minRows={3} isRequired fullWidth />
      <TextInput source="customerRequest" multiline minRows={2} isRequired fullWidth />
      <Grid container spacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput source="productName" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput source="productSpec" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextInput source="batchNumber" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateInput source="productionDate" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateInput source="usedAt" fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DateTimeInput source="receivedAt" fullWidth />
        </Grid>
      </Grid>
    </SimpleForm>
  </Create>
);
