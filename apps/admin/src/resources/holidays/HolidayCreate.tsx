import { CALENDAR_DAY_KINDS, validateCalendarDay } from '@sanxin/domain';
import { Create, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { domainValidator } from '../../forms/domainValidator';
import { choicesOf } from '../../i18n/choices';

/** ADMIN only (the domain matrix): the same validateCalendarDay rule the API runs. */
export const HolidayCreate = () => (
  <Create redirect="list">
    <SimpleForm validate={domainValidator(validateCalendarDay)}>
      <TextInput source="date" type="date" InputLabelProps={{ shrink: true }} />
      <TextInput source="name" />
      <SelectInput source="kind" choices={choicesOf(CALENDAR_DAY_KINDS, 'calendarDayKind')} />
    </SimpleForm>
  </Create>
);
