import { SWAP_STATUSES } from '@sanxin/domain';
import { BooleanInput, CreateButton, DataTable, DateField, FunctionField, List, SelectArrayInput, TextField, TopToolbar, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { choicesOf } from '../../../i18n/choices';
import { SwapActionButtons, type SwapStepRecord } from '../SwapActionButtons';
import { ExportButton } from '../../../export/ExportButton';

const filters = [
  <BooleanInput key="awaitingMe" source="awaitingMe" label="app.scheduling.approvals.awaitingMe" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choicesOf(SWAP_STATUSES, 'swapStatus')} alwaysOn />,
];

/** The steps the viewer may take (the API's availableActions): the colleague accepts or declines, the requester withdraws, the leaders decide. */
const StepButtons = () => {
  const record = useRecordContext<SwapStepRecord>();
  const refresh = useRefresh();
  return record ? <SwapActionButtons swap={record} onDone={refresh} /> : null;
};

const Actions = () => (
  <TopToolbar>
    <CreateButton label="app.scheduling.swap.title" />
    <ExportButton />
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
        <DataTable.Col source="counterpartNote" disableSort />
        <DataTable.Col source="decisionNote" disableSort />
        <DataTable.Col source="createdAt">
          <DateField source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col label=" " disableSort>
          <StepButtons />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
