import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { OwnerDialog } from './OwnerDialog';

/** 分配负责人: bulk action on the customer list; one assignCustomers call, all or nothing. */
export const AssignCustomersButton = () => {
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const unselectAll = useUnselectAll('customers');
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'assign' });
  if (!canAccess) return null;

  const assign = async (agentId: string, reason: string) => {
    const ids = selectedIds.map(String);
    await dataProvider.assignCustomers(ids, agentId, reason);
    setOpen(false);
    notify('app.assignment.assigned', { type: 'info', messageArgs: { count: ids.length } });
    unselectAll();
    refresh();
    return true;
  };
  return (
    <>
      <Button label="app.assignment.bulkAssign" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <OwnerDialog
        open={open}
        title={translate('app.assignment.bulkAssignTitle', { count: selectedIds.length })}
        staffFilter={{ active: true, role: 'AGENT' }}
        onClose={() => setOpen(false)}
        onConfirm={assign}
      />
    </>
  );
};
