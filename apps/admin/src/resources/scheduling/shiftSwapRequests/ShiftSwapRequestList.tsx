import { SWAP_STATUSES } from '@sanxin/domain';
import { Button, CreateButton, DataTable, DateField, FunctionField, List, SelectArrayInput, TextField, TopToolbar, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { choicesOf } from '../../../i18n/choices';
import { useSchedulingProvider } from '../useSchedulingData';

const filters = [<SelectArrayInput key="status" source="status" choices={choicesOf(SWAP_STATUSES, 'swapStatus')} alwaysOn />];

/** The requester withdraws a pending swap (kept as CANCELLED). */
const WithdrawButton = () => {
  const record = useRecordContext<{ id: string; version: number; status: string; requesterId: string }>();
  const { identity } = useGetIdentity();
  const dataProvider = useSchedulingProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || record.status !== 'PENDING' || record.requesterId !== identity?.id) return null;
  return (
    <Button
      label="app.scheduling.approvals.withdraw"
      onClick={async (event) => {
        event.stopPropagation();
        try {
          await dataProvider.delete('shiftSwapRequests', { id: record.id, previousData: record });
          notify('app.scheduling.approvals.withdrawn', { type: 'success' });
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
        refresh();
      }}
    />
  );
};

const Actions = () => (
  <TopToolbar>
    <CreateButton label="app.scheduling.swap.title" />
  </TopToolbar>
);

export const ShiftSwapRequestList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="requester" label="resources.shiftSwapRequests.fields.requester" disableSort>
          <TextField source="requester.name" />
        </DataTable.Col>
        <DataTable.Col source="counterpart" label="resources.shiftSwapRequests.fields.counterpart" disableSort>
          <TextField source="counterpart.name" />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="status" disableSort>
          <FunctionField render={(record: { status: string }) => translate(`sanxin.enums.swapStatus.${record.status}`)} />
        </DataTable.Col>
        <DataTable.Col source="decisionNote" disableSort />
        <DataTable.Col source="createdAt">
          <DateField source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col label=" " disableSort>
          <WithdrawButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
