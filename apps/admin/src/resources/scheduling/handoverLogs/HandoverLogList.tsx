import { BooleanInput, Button, CreateButton, DataTable, FunctionField, Link, List, ReferenceArrayField, TextField, TopToolbar, useCanAccess, useCreatePath, useGetIdentity, useListContext, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { formatInstant } from '../format';
import { useSchedulingProvider } from '../useSchedulingData';
import { ExportButton } from '../../../export/ExportButton';

const filters = [<BooleanInput key="unacknowledged" source="unacknowledged" alwaysOn />];

type Log = { id: string; version: number; acknowledgedAt: string | null; outgoingLeaderId: string; openCaseIds: string[] };

/** The incoming leader confirms they took the shift over (not the one who wrote the log). */
const AcknowledgeButton = () => {
  const record = useRecordContext<Log>();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ resource: 'handoverLogs', action: 'create' });
  const dataProvider = useSchedulingProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  // The incoming shift leader acknowledges (the API decides which one); the writer never does.
  if (!record || record.acknowledgedAt || !canAccess || identity?.role !== 'SHIFT_LEADER' || record.outgoingLeaderId === identity?.id) return null;
  return (
    <Button
      label="app.scheduling.handover.acknowledge"
      onClick={async () => {
        try {
          await dataProvider.workflow('acknowledgeHandoverLog', { id: record.id, version: record.version });
          notify('app.scheduling.handover.acknowledged', { type: 'success' });
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
        refresh();
      }}
    />
  );
};

/** The open difficult cases by number, each a link to the complaint. */
export const OpenCaseLinks = () => {
  const createPath = useCreatePath();
  const { data: cases = [] } = useListContext<{ id: string; number: string }>();
  return (
    <>
      {cases.map((complaint, index) => (
        <span key={complaint.id}>
          {index > 0 && '、'}
          <Link to={createPath({ resource: 'complaints', id: complaint.id, type: 'show' })}>{complaint.number}</Link>
        </span>
      ))}
    </>
  );
};

export const HandoverLogList = () => (
  <List filters={filters} actions={<TopToolbar><CreateButton /><ExportButton /></TopToolbar>} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="createdAt">
        <FunctionField render={(record: { createdAt: string }) => formatInstant(record.createdAt)} />
      </DataTable.Col>
      <DataTable.Col source="outgoingLeader" label="resources.handoverLogs.fields.outgoingLeader" disableSort>
        <TextField source="outgoingLeader.name" />
      </DataTable.Col>
      <DataTable.Col source="equipmentStatus" disableSort />
      <DataTable.Col source="openCaseIds" disableSort>
        {/* One getMany for the whole page (react-admin aggregates the rows' ids): numbers, each a link. */}
        <ReferenceArrayField source="openCaseIds" reference="complaints">
          <OpenCaseLinks />
        </ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="staffingChanges" disableSort />
      <DataTable.Col source="notes" disableSort />
      <DataTable.Col source="acknowledgedAt" disableSort>
        <FunctionField render={(record: Log) => (record.acknowledgedAt ? formatInstant(record.acknowledgedAt) : <AcknowledgeButton />)} />
      </DataTable.Col>
    </DataTable>
  </List>
);
