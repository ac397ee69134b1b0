import { CALIBRATION_STATUSES, EVALUATED_KINDS } from '@sanxin/domain';
import { BooleanInput, DataTable, DateField, List, NumberField, ReferenceField, SelectArrayInput, SelectField, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { ExportingListActions } from '../../export/ExportingListActions';

const statuses = choicesOf(CALIBRATION_STATUSES, 'calibrationStatus');
const kinds = choicesOf(EVALUATED_KINDS, 'evaluatedKind');
const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={statuses} />,
  <BooleanInput key="awaitingMe" source="awaitingMe" />,
];

/** 质检校准: newest first; an inspector sees the sessions they are invited to (the server narrows the list). */
export const CalibrationList = () => (
  <List actions={<ExportingListActions />} filters={filters} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="topic" />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={statuses} />
      </DataTable.Col>
      <DataTable.Col source="subjectKind" disableSort>
        <SelectField source="subjectKind" choices={kinds} />
      </DataTable.Col>
      <DataTable.Col source="agent" disableSort>
        <ReferenceField source="agentId" reference="staffMembers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="submittedCount" disableSort>
        <NumberField source="submittedCount" />
      </DataTable.Col>
      <DataTable.Col source="agreedTotal" disableSort>
        <NumberField source="agreedTotal" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
