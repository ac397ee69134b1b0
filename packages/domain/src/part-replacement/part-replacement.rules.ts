import { isZeroMoney, moneyAmount } from '../shared/decimal';
import { maxLength, notCleared, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import { DEPARTMENTS, type PartReplacementDraft } from './part-replacement.types';

export const PART_REPLACEMENT_LIMITS = { partName: 100, description: 2000, quantityMax: 100_000 } as const;

/** On update the API passes the record as it would be after the change, so cross-field rules see both sides. */
export function validatePartReplacement(draft: PartReplacementDraft, mode: 'create' | 'update'): Violation[] {
  const creating = mode === 'create';
  return [
    ...(creating || draft.customerId !== undefined ? requiredText('customerId', draft.customerId) : []),
    ...(creating || draft.partName !== undefined ? requiredText('partName', draft.partName) : []),
    ...maxLength('partName', draft.partName, PART_REPLACEMENT_LIMITS.partName),
    ...maxLength('description', draft.description, PART_REPLACEMENT_LIMITS.description),
    ...quantity(draft.quantity, creating),
    ...moneyAmount('unitPrice', draft.unitPrice),
    ...oneOf('department', draft.department, DEPARTMENTS),
    ...(draft.insideContract ? requiredText('contractId', draft.contractId) : []),
    ...warrantyFree(draft.warrantyCovered, draft.unitPrice),
    ...(creating ? [] : [...notCleared('insideContract', draft.insideContract), ...notCleared('warrantyCovered', draft.warrantyCovered)]),
  ];
}

/** Forwarding names the department that will do the work. */
export function validateForward(department: string | null | undefined): Violation[] {
  return [...requiredText('department', department), ...oneOf('department', department, DEPARTMENTS)];
}

/** A quote needs a price, except under warranty, where the price is 0 whatever is sent. */
export function validateQuote(unitPrice: string | null | undefined, warrantyCovered: boolean): Violation[] {
  if (warrantyCovered) return warrantyFree(true, unitPrice);
  return [...requiredText('unitPrice', unitPrice), ...moneyAmount('unitPrice', unitPrice)];
}

function quantity(value: number | null | undefined, required: boolean): Violation[] {
  if (value == null) return required ? [{ rule: 'required', field: 'quantity' }] : notCleared('quantity', value);
  const { quantityMax } = PART_REPLACEMENT_LIMITS;
  return Number.isInteger(value) && value >= 1 && value <= quantityMax ? [] : [{ rule: 'outOfRange', field: 'quantity', params: { min: 1, max: quantityMax } }];
}

/** 保修期内免费: a warranty-covered replacement costs the customer nothing. */
function warrantyFree(warrantyCovered: boolean | null | undefined, unitPrice: string | null | undefined): Violation[] {
  if (!warrantyCovered || unitPrice == null || moneyAmount('unitPrice', unitPrice).length > 0) return [];
  return isZeroMoney(unitPrice) ? [] : [{ rule: 'warrantyCoveredFree', field: 'unitPrice' }];
}
