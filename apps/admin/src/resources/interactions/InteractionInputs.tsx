import { INTERACTION_CHANNELS, INTERACTION_DIRECTIONS, INTERACTION_OUTCOMES } from '@sanxin/domain';
import { AutocompleteInput, DateTimeInput, FormDataConsumer, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

/** `withCustomer`: the standalone form picks customer and contact; the customer page already knows them. */
export const InteractionInputs = ({ withCustomer = false }: { withCustomer?: boolean }) => (
  <>
    {withCustomer && (
      <>
        <ReferenceInput source="customerId" reference="customers">
          <AutocompleteInput optionText="name" isRequired />
        </ReferenceInput>
        <FormDataConsumer<{ customerId?: string }>>
          {({ formData }) =>
            formData.customerId ? (
              <ReferenceInput source="contactId" reference="contacts" filter={{ customerId: formData.customerId }}>
                <AutocompleteInput optionText="name" />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
      </>
    )}
    <SelectInput source="channel" choices={choicesOf(INTERACTION_CHANNELS, 'channel')} isRequired />
    <SelectInput source="direction" choices={choicesOf(INTERACTION_DIRECTIONS, 'direction')} isRequired />
    <TextInput source="summary" multiline minRows={3} isRequired />
    <SelectInput source="outcome" choices={choicesOf(INTERACTION_OUTCOMES, 'outcome')} />
    <DateTimeInput source="occurredAt" />
  </>
);

export const newInteractionDefaults = () => ({ channel: 'PHONE', direction: 'INBOUND', occurredAt: new Date() });
