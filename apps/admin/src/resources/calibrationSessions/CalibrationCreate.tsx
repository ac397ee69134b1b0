import { EVALUATED_KINDS } from '@sanxin/domain';
import { AutocompleteArrayInput, Create, ReferenceArrayInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

/** 开校准: the record (as evaluations name it), the inspectors invited to score it blind, and what to look at. */
export const CalibrationCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <SelectInput source="subjectKind" choices={choicesOf(EVALUATED_KINDS, 'evaluatedKind')} defaultValue="INTERACTION" validate={required()} />
      <TextInput source="subjectId" validate={required()} />
      <ReferenceArrayInput source="inspectorIds" reference="staffMembers" filter={{ role: ['QA_INSPECTOR', 'DEPT_MANAGER', 'CENTER_DIRECTOR'], active: true }}>
        <AutocompleteArrayInput optionText="name" validate={required()} />
      </ReferenceArrayInput>
      <TextInput source="topic" multiline fullWidth />
    </SimpleForm>
  </Create>
);
