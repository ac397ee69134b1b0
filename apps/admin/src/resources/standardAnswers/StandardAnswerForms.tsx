import { validateStandardAnswer } from '@sanxin/domain';
import { Create, DateField, Edit, NumberField, required, Show, SimpleForm, SimpleShowLayout, TextField, TextInput } from 'react-admin';
import { domainValidator } from '../../forms/domainValidator';
import { useSaveErrorHandler } from '../../forms/useSaveErrorHandler';

const Fields = () => (
  <>
    <TextInput source="topic" validate={required()} />
    <TextInput source="question" validate={required()} fullWidth />
    <TextInput source="answer" validate={required()} multiline minRows={4} fullWidth />
  </>
);

export const StandardAnswerCreate = () => (
  <Create redirect="list">
    <SimpleForm validate={domainValidator((values) => validateStandardAnswer(values, 'create'))}>
      <Fields />
    </SimpleForm>
  </Create>
);

/** A new question or answer is a new revision; the change history keeps the old wording. */
export const StandardAnswerEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={onError} redirect="show">
      <SimpleForm validate={domainValidator((values) => validateStandardAnswer(values, 'update'))}>
        <Fields />
      </SimpleForm>
    </Edit>
  );
};

export const StandardAnswerShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="topic" />
      <TextField source="question" />
      <TextField source="answer" sx={{ whiteSpace: 'pre-wrap' }} />
      <NumberField source="revision" />
      <TextField source="author.name" label="resources.standardAnswers.fields.author" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
