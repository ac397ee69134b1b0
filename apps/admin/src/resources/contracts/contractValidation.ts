import { type ContractDraft, validateContract } from '@sanxin/domain';
import { domainValidator } from '../../forms/domainValidator';

type ContractValues = ContractDraft & { amountHidden?: boolean };

/** A hidden amount (null for this viewer) is never sent back, so it is not validated either. */
export const validateContractForm = (mode: 'create' | 'update') =>
  domainValidator((values: ContractValues) => {
    const { amountHidden, ...draft } = values;
    return validateContract(amountHidden ? { ...draft, amount: undefined, confidentialityText: undefined } : draft, mode);
  });
