import { CUSTOMER_KINDS, CUSTOMER_TIERS, type CallListDraft, LIFECYCLE_STAGES, validateCallList } from '@sanxin/domain';
import { AutocompleteArrayInput, BooleanInput, Create, NumberInput, ReferenceArrayInput, ReferenceInput, SelectArrayInput, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { domainValidator } from '../../forms/domainValidator';
import { choicesOf } from '../../i18n/choices';

const validate = domainValidator((values: CallListDraft) => validateCallList(values, 'create'));

/** The filter's empty inputs ('' of a cleared select, [] of an empty multi-select) mean "any": they are left out. */
export const withoutEmptyFilters = (values: CallListDraft) => ({
  ...values,
  filter: Object.fromEntries(Object.entries(values.filter ?? {}).filter(([, value]) => value != null && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0))),
});

/** A manager drafts a list: which customers (the customer list's filters), the script, the agents and a daily quota. */
export const CallListCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" transform={withoutEmptyFilters}>
      <SimpleForm validate={validate} defaultValues={{ dailyQuota: 30, filter: {} }}>
        <TextInput source="name" isRequired fullWidth />
        <ReferenceInput source="callScriptId" reference="callScripts">
          <SelectInput optionText="name" isRequired />
        </ReferenceInput>
        <ReferenceArrayInput source="agentIds" reference="staffMembers" filter={{ role: 'AGENT', active: true }}>
          <AutocompleteArrayInput optionText="name" isRequired />
        </ReferenceArrayInput>
        <NumberInput source="dailyQuota" min={1} max={500} step={1} isRequired />
        <Typography variant="subtitle2" color="text.secondary">
          {translate('app.callList.filterHelp')}
        </Typography>
        <SelectArrayInput source="filter.tier" choices={choicesOf(CUSTOMER_TIERS, 'tier')} />
        <SelectArrayInput source="filter.lifecycle" choices={choicesOf(LIFECYCLE_STAGES, 'lifecycle')} />
        <SelectInput source="filter.kind" choices={choicesOf(CUSTOMER_KINDS, 'kind')} />
        <TextInput source="filter.tag" />
        <BooleanInput source="filter.unverified" />
        <NumberInput source="filter.contractEndingWithinDays" min={0} max={365} step={1} />
      </SimpleForm>
    </Create>
  );
};
