import { DataTable, List, TextField, TextInput } from 'react-admin';
import { ExportingListActions } from '../../export/ExportingListActions';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <TextInput key="topic" source="topic" format={(v?: string[]) => v?.[0] ?? ''} parse={(v: string) => (v ? [v] : undefined)} />,
];

/** 统一答复口径 by topic; `q` finds any Chinese words in the question or the answer. */
export const StandardAnswerList = () => (
  <List actions={<ExportingListActions />} filters={filters} sort={{ field: 'topic', order: 'ASC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="topic" />
      <DataTable.Col source="question" disableSort />
      <DataTable.Col source="answer" disableSort>
        <TextField source="answer" sx={{ whiteSpace: 'pre-wrap' }} />
      </DataTable.Col>
      <DataTable.Col source="revision" disableSort />
    </DataTable>
  </List>
);
