import { JOB_TYPES, ROLES, SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from '@sanxin/domain';
import { BooleanInput, NumberInput, PasswordInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

/** Usernames are permanent (they appear in audit trails); a password is required on create only. */
export const StaffInputs = ({ mode }: { mode: 'create' | 'update' }) => (
  <>
    <TextInput source="username" disabled={mode === 'update'} isRequired={mode === 'create'} />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      isRequired={mode === 'create'}
      helperText={mode === 'update' ? 'app.staff.passwordHint' : undefined}
    />
    <TextInput source="name" isRequired />
    <SelectInput source="role" choices={choicesOf(ROLES, 'role')} isRequired />
    <SelectInput source="jobType" choices={choicesOf(JOB_TYPES, 'jobType')} />
    <NumberInput source="skillLevel" min={SKILL_LEVEL_MIN} max={SKILL_LEVEL_MAX} step={1} />
    <ReferenceInput source="teamId" reference="teams">
      <SelectInput optionText="name" />
    </ReferenceInput>
    <TextInput source="phone" />
    {mode === 'update' && <BooleanInput source="active" />}
  </>
);
