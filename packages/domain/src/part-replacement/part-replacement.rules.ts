import { isZeroMoney, moneyAmount } from '../shared/decimal';
import { isLocalDate } from '../shared/local-date';
import { maxLength, notCleared, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import { type Department, DEPARTMENTS, type PartReplacementDraft, type WarrantyCover } from './part-replacement.types';

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
    ...(draft.machineWarrantyEndDate && !isLocalDate(draft.machineWarrantyEndDate) ? [{ rule: 'invalidDate', field: 'machineWarrantyEndDate' }] : []),
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

/**
 * 保修期内 (DOMAIN §3): a replacement marked warranty-covered must fall, on `on` (the day it was
 * requested, YYYY-MM-DD in the business zone), within its contract's warranty (from the contract's
 * start to its warranty end date) or on or before the machine's warranty end date. Otherwise it is
 * RULE_VIOLATION `warrantyExpired`: the customer pays, and the replacement is a paid one.
 */
export function warrantyViolations(warrantyCovered: boolean, cover: WarrantyCover, on: string): Violation[] {
  if (!warrantyCovered) return [];
  const { contract, machineWarrantyEndDate } = cover;
  const underContract = contract?.warrantyEndDate != null && contract.startDate <= on && on <= contract.warrantyEndDate;
  const underMachine = machineWarrantyEndDate != null && on <= machineWarrantyEndDate;
  return underContract || underMachine ? [] : [{ rule: 'warrantyExpired', field: 'warrantyCovered' }];
}

/** 有偿换件 goes to the business departments only (the setting `contract.paidDept.*`). */
export function paidDepartmentViolations(warrantyCovered: boolean, department: string | null | undefined, businessDepartments: readonly Department[]): Violation[] {
  if (warrantyCovered || department == null) return [];
  return (businessDepartments as readonly string[]).includes(department) ? [] : [{ rule: 'notBusinessDepartment', field: 'department', params: { allowed: businessDepartments.join(',') } }];
}
