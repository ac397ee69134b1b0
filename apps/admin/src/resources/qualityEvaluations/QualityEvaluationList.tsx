import { EVALUATED_KINDS, EVALUATION_STATUSES } from '@sanxin/domain';
import { BooleanInput, DataTable, DateField, List, NumberField, SelectArrayInput, SelectField, TextField, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { ExportingListActions } from '../../export/ExportingListActions';

const statuses = choicesOf(EVALUATION_STATUSES, 'evaluationStatus');
const kinds = choicesOf(EVALUATED_KINDS, 'evaluatedKind');
const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={statuses} />,
  <SelectArrayInput key="subjectKind" source="subjectKind" choices={kinds} />,
  <TextInput key="month" source="month" placeholder="2026-12" />,
  <BooleanInput key="mine" source="mine" />,
];

/** 质检评分: newest first; an agent gets only their own submitted ones (the API decides). */
export const QualityEvaluationList = () => (
  <List actions={<ExportingListActions />} filters={filters} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="agent" disableSort>
        <TextField source="agent.name" />
      </DataTable.Col>
      <DataTable.Col source="subjectKind" disableSort>
        <SelectField source="subjectKind" choices={kinds} />
      </DataTable.Col>
      <DataTable.Col source="month" disableSort />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={statuses} />
      </DataTable.Col>
      <DataTable.Col source="total" disableSort>
        <NumberField source="total" options={{ minimumFractionDigits: 1, maximumFractionDigits: 1 }} />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
