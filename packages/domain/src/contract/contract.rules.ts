import { maxLength, notCleared, requiredText } from '../rules';
import type { Violation } from '../violation';
import { moneyAmount } from '../shared/decimal';
import { isLocalDate } from '../shared/local-date';
import type { ContractDraft } from './contract.types';

export const CONTRACT_LIMITS = { number: 50, title: 200, scope: 2000, confidentialityText: 5000 } as const;

/**
 * On create, number, title, customer and both dates are required. On update only the fields present
 * are checked, so the API passes the record as it would be after the change (cross-field rules
 * need both dates). Uniqueness of the number is the API's to check.
 */
export function validateContract(draft: ContractDraft, mode: 'create' | 'update'): Violation[] {
  const creating = mode === 'create';
  const required = (field: 'number' | 'title' | 'customerId' | 'startDate' | 'endDate') =>
    creating || draft[field] !== undefined ? requiredText(field, draft[field]) : [];
  return [
    ...required('number'),
    ...required('title'),
    ...required('customerId'),
    ...required('startDate'),
    ...required('endDate'),
    ...maxLength('number', draft.number, CONTRACT_LIMITS.number),
    ...maxLength('title', draft.title, CONTRACT_LIMITS.title),
    ...maxLength('scope', draft.scope, CONTRACT_LIMITS.scope),
    ...maxLength('confidentialityText', draft.confidentialityText, CONTRACT_LIMITS.confidentialityText),
    ...calendarDate('startDate', draft.startDate),
    ...calendarDate('endDate', draft.endDate),
    ...calendarDate('warrantyEndDate', draft.warrantyEndDate),
    ...notBefore('endDate', draft.endDate, draft.startDate),
    ...notBefore('warrantyEndDate', draft.warrantyEndDate, draft.startDate),
    ...moneyAmount('amount', draft.amount),
    ...(draft.confidential ? requiredText('confidentialityText', draft.confidentialityText) : []),
    ...(creating ? [] : notCleared('confidential', draft.confidential)),
  ];
}

/** A renewal is a new term: it needs its own valid dates (and amount, when given). */
export function validateRenewal(draft: Pick<ContractDraft, 'startDate' | 'endDate' | 'amount'>): Violation[] {
  return validateContract({ startDate: draft.startDate ?? null, endDate: draft.endDate ?? null, amount: draft.amount }, 'update');
}

function calendarDate(field: string, value: string | null | undefined): Violation[] {
  return value && !isLocalDate(value) ? [{ rule: 'invalidDate', field }] : [];
}

/** ISO calendar dates compare correctly as text. */
function notBefore(field: string, value: string | null | undefined, start: string | null | undefined): Violation[] {
  if (!value || !start || !isLocalDate(value) || !isLocalDate(start)) return [];
  return value < start ? [{ rule: 'beforeStartDate', field }] : [];
}
