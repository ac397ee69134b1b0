import { DEPARTMENTS } from '@sanxin/domain';
import { AutocompleteInput, BooleanInput, FormDataConsumer, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

export const PartReplacementInputs = () => (
  <>
    <ReferenceInput source="customerId" reference="customers">
      <AutocompleteInput optionText="name" isRequired />
    </ReferenceInput>
    <BooleanInput source="insideContract" />
    <FormDataConsumer<{ customerId?: string; insideContract?: boolean }>>
      {({ formData }) =>
        formData.customerId ? (
          <ReferenceInput source="contractId" reference="contracts" filter={{ customerId: formData.customerId }}>
            <AutocompleteInput optionText={(contract) => `${contract.number} ${contract.title}`} isRequired={Boolean(formData.insideContract)} />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
    <TextInput source="partName" isRequired />
    <NumberInput source="quantity" min={1} step={1} isRequired />
    <BooleanInput source="warrantyCovered" />
    <SelectInput source="department" choices={choicesOf(DEPARTMENTS, 'department')} />
    <TextInput source="description" multiline minRows={3} />
  </>
);
