import { NOTICE_KINDS, validateNotice } from '@sanxin/domain';
import { BooleanInput, Create, Edit, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { domainValidator } from '../../forms/domainValidator';
import { useSaveErrorHandler } from '../../forms/useSaveErrorHandler';

const kinds = choicesOf(NOTICE_KINDS, 'noticeKind');

const Fields = () => (
  <>
    <SelectInput source="kind" choices={kinds} validate={required()} />
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="body" validate={required()} multiline minRows={6} fullWidth />
    <BooleanInput source="pinned" />
  </>
);

/** A notice starts as a draft; publishing is a step on its page. */
export const NoticeCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={domainValidator((values) => validateNotice(values, 'create'))}>
      <Fields />
    </SimpleForm>
  </Create>
);

/** Only a draft's text changes; a published notice keeps what its readers read (the API refuses otherwise). */
export const NoticeEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={onError} redirect="show">
      <SimpleForm validate={domainValidator((values) => validateNotice(values, 'update'))}>
        <Fields />
      </SimpleForm>
    </Edit>
  );
};
