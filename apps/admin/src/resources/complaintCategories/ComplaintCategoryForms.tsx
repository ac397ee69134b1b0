import { type ComplaintCategoryDraft, validateComplaintCategory } from '@sanxin/domain';
import { Create, Edit, NumberInput, SimpleForm, TextInput } from 'react-admin';
import { domainValidator } from '../../forms/domainValidator';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';

const validateCreate = domainValidator((values: ComplaintCategoryDraft) => validateComplaintCategory(values, 'create'));
const validateUpdate = domainValidator((values: ComplaintCategoryDraft) => validateComplaintCategory(values, 'update'));

/** 投诉类别 (configuration): the code is stable once created; labels, order and a stricter limit may change. */
export const ComplaintCategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm validate={validateCreate}>
      <TextInput source="code" isRequired autoFocus />
      <TextInput source="nameZh" isRequired />
      <TextInput source="nameEn" isRequired />
      <NumberInput source="sortOrder" step={1} />
      <NumberInput source="dueHours" step={1} min={1} />
    </SimpleForm>
  </Create>
);

export const ComplaintCategoryEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={onError} redirect="list">
      <SimpleForm validate={validateUpdate} resetOptions={KEEP_TYPED_VALUES}>
        <TextInput source="code" disabled />
        <TextInput source="nameZh" isRequired />
        <TextInput source="nameEn" isRequired />
        <NumberInput source="sortOrder" step={1} />
        <NumberInput source="dueHours" step={1} min={1} />
      </SimpleForm>
    </Edit>
  );
};
