import { QUALITY_DIMENSIONS, type TrainingPlanDraft, validateTrainingPlan } from '@sanxin/domain';
import { useEffect } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  Edit,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { ConflictToolbar } from '../../forms/ConflictToolbar';
import { choicesOf } from '../../i18n/choices';
import { domainValidator } from '../../forms/domainValidator';
import { KEEP_TYPED_VALUES, useSaveErrorHandler } from '../../forms/useSaveErrorHandler';

// A form opened blank has no agents yet: the rule sees an empty list, as the API would.
const validate = domainValidator((values: Partial<TrainingPlanDraft>) =>
  validateTrainingPlan({
    topic: values.topic ?? '',
    dimension: values.dimension,
    agentIds: values.agentIds ?? [],
    plannedOn: values.plannedOn ?? '',
    note: values.note,
  }),
);

const dimensions = choicesOf(QUALITY_DIMENSIONS, 'qualityDimension');

const Fields = () => (
  <>
    <TextInput source="topic" fullWidth isRequired />
    <SelectInput source="dimension" choices={dimensions} emptyText="app.trainingPlan.noDimension" />
    <DateInput source="plannedOn" isRequired />
    <ReferenceArrayInput source="agentIds" reference="staffMembers" filter={{ role: 'AGENT', active: true }} perPage={200}>
      <AutocompleteArrayInput optionText="name" isRequired fullWidth />
    </ReferenceArrayInput>
    <TextInput source="note" multiline minRows={3} fullWidth />
  </>
);

/**
 * Opened blank, or from 质检汇总 with the topic, dimension and agents filled in (its `source` parameter);
 * the summary's period travels in the form's values unseen, so the plan keeps where it came from.
 */
export const TrainingPlanCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validate}>
      <Fields />
    </SimpleForm>
  </Create>
);

/** An archived plan is read-only: its edit page sends the viewer back to the plan. */
const ShowUnlessPlanned = () => {
  const record = useRecordContext();
  const redirect = useRedirect();
  const notify = useNotify();
  const readOnly = !!record && !(record.availableActions as string[] | undefined)?.includes('UPDATE');
  useEffect(() => {
    if (!readOnly || !record) return;
    notify('app.trainingPlan.readOnly', { type: 'info' });
    redirect('show', 'trainingPlans', record.id);
  }, [readOnly, record, notify, redirect]);
  return null;
};

export const TrainingPlanEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={onError} redirect="show">
      <ShowUnlessPlanned />
      <SimpleForm validate={validate} toolbar={<ConflictToolbar />} resetOptions={KEEP_TYPED_VALUES}>
        <Fields />
      </SimpleForm>
    </Edit>
  );
};
