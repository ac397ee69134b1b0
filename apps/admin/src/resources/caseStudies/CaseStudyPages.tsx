import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, validateCaseStudy } from '@sanxin/domain';
import { Alert } from '@mui/material';
import {
  Create,
  DataTable,
  DateField,
  Edit,
  List,
  ReferenceField,
  required,
  SelectField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { domainValidator } from '../../forms/domainValidator';
import { useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { choicesOf } from '../../i18n/choices';
import { ExportingListActions } from '../../export/ExportingListActions';

const severities = choicesOf(COMPLAINT_SEVERITIES, 'complaintSeverity');
const channels = choicesOf(COMPLAINT_CHANNELS, 'complaintChannel');
const filters = [<TextInput key="q" source="q" alwaysOn />];

/** 案例库: newest first; `q` finds words anywhere in a case. */
export const CaseStudyList = () => (
  <List actions={<ExportingListActions />} filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="complaintNumber" disableSort />
      <DataTable.Col source="categoryId" disableSort>
        <TextField source="category.nameZh" />
      </DataTable.Col>
      <DataTable.Col source="severity" disableSort>
        <SelectField source="severity" choices={severities} />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);

const Texts = ({ optional }: { optional?: boolean }) => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="facts" validate={optional ? undefined : required()} multiline minRows={3} fullWidth />
    <TextInput source="handling" validate={optional ? undefined : required()} multiline minRows={3} fullWidth />
    <TextInput source="lesson" validate={required()} multiline minRows={3} fullWidth />
  </>
);

/** 转为案例: opened from a closed complaint (its id in the form); facts and handling default to the complaint's. */
export const CaseStudyCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm
        validate={domainValidator((values: Record<string, string>) =>
          validateCaseStudy({ ...values, facts: values.facts || '-', handling: values.handling || '-' }, 'create'),
        )}
      >
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.caseStudy.defaults')}
        </Alert>
        <ReferenceField source="complaintId" reference="complaints" link="show">
          <TextField source="number" />
        </ReferenceField>
        <TextInput source="complaintId" validate={required()} sx={{ display: 'none' }} />
        <Texts optional />
      </SimpleForm>
    </Create>
  );
};

export const CaseStudyEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={onError} redirect="show">
      <SimpleForm validate={domainValidator((values) => validateCaseStudy(values, 'update'))}>
        <Texts />
      </SimpleForm>
    </Edit>
  );
};

export const CaseStudyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <ReferenceField source="complaintId" reference="complaints" link="show">
        <TextField source="number" />
      </ReferenceField>
      <TextField source="category.nameZh" label="resources.caseStudies.fields.categoryId" />
      <SelectField source="severity" choices={severities} />
      <SelectField source="channel" choices={channels} />
      <TextField source="facts" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="handling" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="lesson" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="author.name" label="resources.caseStudies.fields.author" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
