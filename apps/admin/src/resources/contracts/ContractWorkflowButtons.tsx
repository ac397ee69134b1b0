import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { addLocalDays, CONTRACT_STEPS, type ContractAction, daysBetween, isLocalDate, validateRenewal } from '@sanxin/domain';
import type { ReactElement } from 'react';
import { type RaRecord, useRedirect, type useTranslate } from 'react-admin';
import { type StepSpec, WorkflowButtons } from '../../workflow/WorkflowButtons';

const ICONS: Record<ContractAction, ReactElement> = { activate: <PlayArrowIcon />, terminate: <BlockIcon />, renew: <AutorenewIcon /> };

/** The next term by default: from the day after this one ends, as long as this one ran. */
export function renewalDefaults(contract: RaRecord): { startDate: string; endDate: string } {
  if (!isLocalDate(contract.endDate ?? '') || !isLocalDate(contract.startDate ?? '')) return { startDate: '', endDate: '' };
  const startDate = addLocalDays(contract.endDate, 1);
  return { startDate, endDate: addLocalDays(startDate, daysBetween(contract.startDate, contract.endDate)) };
}

function dialogOf(action: ContractAction, contract: RaRecord, translate: ReturnType<typeof useTranslate>): StepSpec {
  const key = { id: contract.id, version: contract.version };
  switch (action) {
    case 'activate':
      return { mutation: 'activateContract', confirmText: translate('app.contract.confirmActivate', { number: contract.number }), variables: () => key };
    case 'terminate':
      return {
        mutation: 'terminateContract',
        fields: [{ name: 'reason', label: translate('app.contract.terminationReason'), type: 'multiline', required: true }],
        variables: ({ reason }) => ({ ...key, input: { reason: reason.trim() } }),
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

/** 生效 / 终止 / 续签 for this contract; renewing opens the successor, the new draft. */
export const ContractWorkflowButtons = () => {
  const redirect = useRedirect();
  return (
    <WorkflowButtons
      steps={CONTRACT_STEPS}
      icons={ICONS}
      actionLabels="sanxin.enums.contractAction"
      messages="app.contract"
      subject={(contract) => contract.number}
      stepOf={dialogOf}
      onDone={(action, result, contract) => {
        const successor = result as RaRecord;
        if (action === 'renew' && !Array.isArray(result) && successor.id !== contract.id) redirect('show', 'contracts', successor.id);
      }}
    />
  );
};
