import { Chip, Typography } from '@mui/material';
import { LEAVE_STATUSES } from '@sanxin/domain';
import { BooleanInput, CreateButton, DataTable, FunctionField, List, SelectArrayInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { choicesOf } from '../../../i18n/choices';
import { formatInstant } from '../format';
import { ExportButton } from '../../../export/ExportButton';

const filters = [
  <SelectArrayInput key="status" source="status" choices={choicesOf(LEAVE_STATUSES, 'leaveStatus')} alwaysOn />,
  // The leader's list of sick leave whose certificate is overdue (the API's certificateMissing filter).
  <BooleanInput key="certificateMissing" source="certificateMissing" label="resources.leaveRequests.fields.certificateMissing" />,
  <BooleanInput key="late" source="late" label="resources.leaveRequests.fields.late" />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton label="app.scheduling.leave.title" />
    <ExportButton />
  </TopToolbar>
);

type Leave = {
  type: string;
  status: string;
  startsAt: string;
  endsAt: string;
  awaitingRole: string | null;
  reason: string | null;
  reasonHidden?: boolean;
  staffId?: string;
  requestedBy?: { id: string; name: string } | null;
  late?: boolean;
  lateAcceptedById?: string | null;
  certificateMissing?: boolean;
  certificateDueOn?: string | null;
};

/** The API withholds a colleague's sick-leave reason (medical); say so rather than show an empty cell. */
export const LeaveReason = ({ record }: { record: Leave }) => {
  const translate = useTranslate();
  if (!record.reasonHidden) return <>{record.reason ?? ''}</>;
  return (
    <Typography component="span" variant="body2" color="text.secondary" fontStyle="italic" data-testid="leave-reason-hidden">
      {translate('resources.leaveRequests.reasonHidden')}
    </Typography>
  );
};

export const LeaveRequestList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'startsAt', order: 'DESC' }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="staff" label="resources.leaveRequests.fields.staff" disableSort>
          <TextField source="staff.name" />
        </DataTable.Col>
        <DataTable.Col source="type" disableSort>
          <FunctionField
            render={(record: Leave) => (
              <>
                {translate(`sanxin.enums.leaveType.${record.type}`)}
                <LeaveFlags leave={record} />
              </>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="requestedBy" label="resources.leaveRequests.fields.requestedBy" disableSort>
          <FunctionField render={(record: Leave) => (record.requestedBy && record.requestedBy.id !== record.staffId ? record.requestedBy.name : '')} />
        </DataTable.Col>
        <DataTable.Col source="certificateDueOn" disableSort />
        <DataTable.Col source="startsAt">
          <FunctionField render={(record: Leave) => formatInstant(record.startsAt)} />
        </DataTable.Col>
        <DataTable.Col source="endsAt" disableSort>
          <FunctionField render={(record: Leave) => formatInstant(record.endsAt)} />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort>
          <FunctionField render={(record: Leave) => <LeaveReason record={record} />} />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <FunctionField render={(record: Leave) => translate(`sanxin.enums.leaveStatus.${record.status}`)} />
        </DataTable.Col>
        <DataTable.Col source="awaitingRole" disableSort>
          <FunctionField render={(record: Leave) => (record.awaitingRole ? translate(`sanxin.enums.role.${record.awaitingRole}`) : '')} />
        </DataTable.Col>
        <DataTable.Col source="decisionNote" disableSort />
      </DataTable>
    </List>
  );
};

/** Late (and whether accepted) and a missing medical certificate, as chips beside the leave type. */
export const LeaveFlags = ({ leave }: { leave: { late?: boolean; lateAcceptedById?: string | null; certificateMissing?: boolean } }) => {
  const translate = useTranslate();
  return (
    <>
      {leave.late && (
        <Chip
          size="small"
          sx={{ ml: 0.5 }}
          color={leave.lateAcceptedById ? 'default' : 'warning'}
          label={translate(leave.lateAcceptedById ? 'app.scheduling.approvals.lateAccepted' : 'app.scheduling.approvals.late')}
          data-testid="leave-late-flag"
        />
      )}
      {leave.certificateMissing && <Chip size="small" sx={{ ml: 0.5 }} color="error" label={translate('app.scheduling.approvals.certificateMissing')} data-testid="leave-certificate-missing" />}
    </>
  );
};
