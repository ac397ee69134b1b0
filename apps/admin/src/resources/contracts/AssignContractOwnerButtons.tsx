import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { canOwnContracts, type Role } from '@sanxin/domain';
import { useState } from 'react';
import { Button, type RaRecord, useCanAccess, useListContext, useRecordContext, useTranslate, useUnselectAll } from 'react-admin';
import { OwnerDialog } from '../../assignment/OwnerDialog';
import { useWorkflow } from '../../workflow/useWorkflow';

/** 专人落实: only active staff in a role that may own contracts are offered. */
const eligibleOwner = (staff: RaRecord) => canOwnContracts(staff.role as Role);

/** Show page: reassign this contract's owner (assignContractOwner, version-checked). */
export const AssignContractOwnerButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'contracts', action: 'assign' });
  if (!record || !canAccess) return null;
  const assign = async (ownerId: string, reason: string) => {
    const done = await run('assignContractOwner', { id: record.id, version: record.version, ownerId, reason }, 'app.contract.ownerAssigned');
    if (done) setOpen(false);
    return Boolean(done);
  };
  return (
    <>
      <Button label="app.contract.assignOwner" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <OwnerDialog
        open={open}
        title={translate('app.contract.assignOwnerTitle', { name: `${record.number} ${record.title}` })}
        eligible={eligibleOwner}
        onClose={() => setOpen(false)}
        onConfirm={assign}
      />
    </>
  );
};

/** List bulk action: one owner for every selected contract (assignContractOwners, all or nothing). */
export const AssignContractOwnersButton = () => {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const unselectAll = useUnselectAll('contracts');
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'contracts', action: 'assign' });
  if (!canAccess) return null;
  const assign = async (ownerId: string, reason: string) => {
    const count = selectedIds.length;
    const done = await run('assignContractOwners', { ids: selectedIds.map(String), ownerId, reason }, 'app.contract.ownersAssigned', {
      many: true,
      messageArgs: { count },
    });
    if (done) {
      setOpen(false);
      unselectAll();
    }
    return Boolean(done);
  };
  return (
    <>
      <Button label="app.contract.assignOwner" onClick={() => setOpen(true)}>
        <AssignmentIndIcon />
      </Button>
      <OwnerDialog
        open={open}
        title={translate('app.contract.assignOwnersTitle', { count: selectedIds.length })}
        eligible={eligibleOwner}
        onClose={() => setOpen(false)}
        onConfirm={assign}
      />
    </>
  );
};
