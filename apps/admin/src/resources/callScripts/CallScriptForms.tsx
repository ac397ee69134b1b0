import { Alert, LinearProgress } from '@mui/material';
import { CALL_TYPES, type CallScriptDraft, SCRIPT_BRANCHES, SCRIPT_SITUATIONS, SCRIPT_STEP_KINDS, validateCallScript } from '@sanxin/domain';
import { ArrayInput, BooleanInput, Create, Edit, SelectInput, SimpleForm, SimpleFormIterator, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { domainValidator, type FormErrors } from '../../forms/domainValidator';
import { useSaveErrorHandler } from '../../forms/useSaveErrorHandler';
import { choicesOf } from '../../i18n/choices';
import { useCallScriptDetail } from './useCallScriptDetail';

type ScriptValues = CallScriptDraft & { active?: boolean };

/** `steps.0.text` → `{ steps: [{ text }] }`: the form library reads errors of list items by path. */
function nested(errors: FormErrors): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(errors)) {
    const keys = path.split('.');
    let node = tree as Record<string, unknown>;
    keys.slice(0, -1).forEach((key, index) => {
      node[key] ??= /^\d+$/.test(keys[index + 1]) ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]] = error;
  }
  return tree;
}

const validateCreate = (values: ScriptValues) => nested(domainValidator((v: ScriptValues) => validateCallScript(v, 'create'))(values));
const validateUpdate = (values: ScriptValues) => nested(domainValidator((v: ScriptValues) => validateCallScript(v, 'update'))(values));

/** Only what the API takes of a step or a phrase (the form may hold more). */
const cleanScript = (values: ScriptValues) => ({
  ...values,
  steps: values.steps?.map(({ kind, branch, text }) => ({ kind, branch: branch ?? 'ALL', text })),
  phrases: values.phrases?.map(({ situation, text }) => ({ situation, text })),
});

const ScriptInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" isRequired fullWidth />
      <BooleanInput source="active" />
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('app.callScript.placeholders')}
      </Alert>
      <ArrayInput source="steps" isRequired>
        <SimpleFormIterator inline disableClear>
          <SelectInput source="kind" choices={choicesOf(SCRIPT_STEP_KINDS, 'scriptStepKind')} isRequired />
          <SelectInput source="branch" choices={choicesOf(SCRIPT_BRANCHES, 'scriptBranch')} defaultValue="ALL" isRequired />
          <TextInput source="text" multiline fullWidth isRequired sx={{ minWidth: 480 }} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="phrases">
        <SimpleFormIterator inline disableClear>
          <SelectInput source="situation" choices={choicesOf(SCRIPT_SITUATIONS, 'scriptSituation')} isRequired />
          <TextInput source="text" multiline fullWidth isRequired sx={{ minWidth: 480 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};

export const CallScriptCreate = () => (
  <Create redirect="show" transform={cleanScript}>
    <SimpleForm validate={validateCreate} defaultValues={{ steps: [{ kind: 'GREETING', branch: 'ALL', text: '' }], phrases: [] }}>
      <SelectInput source="callType" choices={choicesOf(CALL_TYPES, 'callType')} isRequired />
      <ScriptInputs />
    </SimpleForm>
  </Create>
);

/** Saving the steps or phrases makes a new revision on the server; the old ones stay in the history. */
export const CallScriptEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={onError} redirect="show" transform={cleanScript}>
      <EditForm />
    </Edit>
  );
};

const EditForm = () => {
  const record = useRecordContext();
  const { detail, error } = useCallScriptDetail(record?.id as string | undefined, record?.version);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!record || !detail) return <LinearProgress />;
  return (
    <SimpleForm record={{ ...record, steps: detail.steps, phrases: detail.phrases }} validate={validateUpdate}>
      <SelectInput source="callType" choices={choicesOf(CALL_TYPES, 'callType')} disabled />
      <ScriptInputs />
    </SimpleForm>
  );
};
