import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { addLocalDays, CONTRACT_ACTIONS, type ContractAction, daysBetween, isLocalDate, validateRenewal } from '@sanxin/domain';
import { type ReactElement, useState } from 'react';
import { Button, type RaRecord, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { ActionDialog, type ActionDialogProps } from '../../workflow/ActionDialog';
import { useWorkflow } from '../../workflow/useWorkflow';

const ICONS: Record<ContractAction, ReactElement> = { activate: <PlayArrowIcon />, terminate: <BlockIcon />, renew: <AutorenewIcon /> };

/** The next term by default: from the day after this one ends, as long as this one ran. */
export function renewalDefaults(contract: RaRecord): { startDate: string; endDate: string } {
  if (!isLocalDate(contract.endDate ?? '') || !isLocalDate(contract.startDate ?? '')) return { startDate: '', endDate: '' };
  const startDate = addLocalDays(contract.endDate, 1);
  return { startDate, endDate: addLocalDays(startDate, daysBetween(contract.startDate, contract.endDate)) };
}

type DialogSpec = Pick<ActionDialogProps, 'confirmText' | 'fields' | 'validate'> & {
  mutation: string;
  variables(values: Record<string, string>): Record<string, unknown>;
};

function dialogOf(action: ContractAction, contract: RaRecord, translate: ReturnType<typeof useTranslate>): DialogSpec {
  const key = { id: contract.id, version: contract.version };
  switch (action) {
    case 'activate':
      return { mutation: 'activateContract', confirmText: translate('app.contract.confirmActivate', { number: contract.number }), variables: () => key };
    case 'terminate':
      return {
        mutation: 'terminateContract',
        fields: [{ name: 'reason', label: translate('app.contract.terminationReason'), type: 'multiline', required: true }],
        variables: ({ reason }) => ({ ...key, reason: reason.trim() }),
      };
    case 'renew': {
      const defaults = renewalDefaults(contract);
      return {
        mutation: 'renewContract',
        fields: [
          { name: 'startDate', label: translate('app.contract.renewal.startDate'), type: 'date', required: true, defaultValue: defaults.startDate },
          { name: 'endDate', label: translate('app.contract.renewal.endDate'), type: 'date', required: true, defaultValue: defaults.endDate },
          { name: 'amount', label: translate('app.contract.renewal.amount'), type: 'decimal' },
          { name: 'number', label: translate('app.contract.renewal.number') },
        ],
        validate: ({ startDate, endDate, amount }) => validateRenewal({ startDate, endDate, amount: amount || null }),
        variables: ({ startDate, endDate, amount, number }) => ({
          ...key,
          input: { startDate, endDate, ...(amount ? { amount } : {}), ...(number.trim() ? { number: number.trim() } : {}) },
        }),
      };
    }
  }
}

/**
 * 生效 / 终止 / 续签: exactly the steps the API lists in `nextActions` for this viewer now (machine +
 * permission matrix + ownership, decided on the server), each with its dialog.
 */
export const ContractWorkflowButtons = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const redirect = useRedirect();
  const run = useWorkflow();
  const [open, setOpen] = useState<ContractAction>();
  if (!record) return null;
  const actions = ((record.nextActions ?? []) as string[]).filter((action): action is ContractAction =>
    (CONTRACT_ACTIONS as readonly string[]).includes(action),
  );
  const spec = open ? dialogOf(open, record, translate) : undefined;

  const confirm = async (values: Record<string, string>) => {
    if (!open || !spec) return false;
    const result = await run(spec.mutation, spec.variables(values), `app.contract.done.${open}`);
    if (!result) return false;
    // Renewing returns the successor (a new draft): that is the contract to look at next.
    if (open === 'renew' && !Array.isArray(result) && result.id !== record.id) redirect('show', 'contracts', result.id);
    return true;
  };

  return (
    <>
      {actions.map((action) => (
        <Button key={action} label={`app.contract.actions.${action}`} onClick={() => setOpen(action)}>
          {ICONS[action]}
        </Button>
      ))}
      {open && spec && (
        <ActionDialog
          key={open}
          open
          title={`${translate(`app.contract.actions.${open}`)} · ${record.number}`}
          confirmText={spec.confirmText}
          fields={spec.fields}
          validate={spec.validate}
          onClose={() => setOpen(undefined)}
          onConfirm={confirm}
        />
      )}
    </>
  );
};
