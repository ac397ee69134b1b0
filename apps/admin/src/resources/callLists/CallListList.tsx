import { CALL_LIST_STATUSES } from '@sanxin/domain';
import { DataTable, DateField, FunctionField, List, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { ExportingListActions } from '../../export/ExportingListActions';

const statuses = choicesOf(CALL_LIST_STATUSES, 'callListStatus');
const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={statuses} alwaysOn />];

type Row = { progress?: { total: number; done: number; unreachable: number; open: number } | null };

/** 外呼任务: each list with its script and how far its calls are (done / unreachable / to call). */
export const CallListList = () => (
  <List actions={<ExportingListActions />} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={statuses} />
      </DataTable.Col>
      <DataTable.Col source="callScript" disableSort>
        <TextField source="callScript.name" />
      </DataTable.Col>
      <DataTable.Col source="customerCount" disableSort />
      <DataTable.Col source="progress" disableSort>
        <FunctionField render={(record: Row) => (record.progress ? `${record.progress.done} / ${record.progress.unreachable} / ${record.progress.open}` : '')} />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
