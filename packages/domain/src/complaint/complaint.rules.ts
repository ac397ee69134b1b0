import { moneyAmount } from '../shared/decimal';
import { isLocalDate } from '../shared/local-date';
import { maxLength, notInFuture, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import {
  type AssessmentDraft,
  COMPLAINT_CHANNELS,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_SEVERITIES,
  type ComplaintPriority,
  type ComplaintRegistrationDraft,
  CUSTOMER_EMOTIONS,
  type ProposalDraft,
  RESOLUTION_TYPES,
} from './complaint.types';

export const COMPLAINT_LIMITS = { text: 2000, short: 100, note: 1000 } as const;

/** 投诉登记表: who, how, what happened and what the customer wants; product details when relevant. */
export function validateComplaintRegistration(draft: ComplaintRegistrationDraft, now: Date): Violation[] {
  const { text, short } = COMPLAINT_LIMITS;
  return [
    ...requiredText('customerId', draft.customerId),
    ...requiredText('channel', draft.channel),
    ...oneOf('channel', draft.channel, COMPLAINT_CHANNELS),
    ...requiredText('categoryId', draft.categoryId),
    ...requiredText('severity', draft.severity),
    ...oneOf('severity', draft.severity, COMPLAINT_SEVERITIES),
    ...requiredText('emotion', draft.emotion),
    ...oneOf('emotion', draft.emotion, CUSTOMER_EMOTIONS),
    ...requiredText('description', draft.description),
    ...maxLength('description', draft.description, text),
    ...requiredText('customerRequest', draft.customerRequest),
    ...maxLength('customerRequest', draft.customerRequest, text),
    ...notInFuture('receivedAt', draft.receivedAt, now),
    ...maxLength('productName', draft.productName, short),
    ...maxLength('productSpec', draft.productSpec, short),
    ...maxLength('batchNumber', draft.batchNumber, short),
    ...localDate('productionDate', draft.productionDate),
    ...localDate('usedAt', draft.usedAt),
  ];
}

/** 判断: an invalid complaint needs the explanation given; a valid one, its responsible departments. */
export function validateAssessment(draft: AssessmentDraft): Violation[] {
  if (draft.valid == null) return [{ rule: 'required', field: 'valid' }];
  if (!draft.valid) return [...requiredText('explanation', draft.explanation), ...maxLength('explanation', draft.explanation, COMPLAINT_LIMITS.text)];
  const departments = draft.departments ?? [];
  return [
    ...(departments.length === 0 ? [{ rule: 'required', field: 'departments' }] : []),
    ...departments.flatMap((department) => oneOf('departments', department, COMPLAINT_DEPARTMENTS)),
    ...maxLength('explanation', draft.explanation, COMPLAINT_LIMITS.text),
  ];
}

/**
 * 方案: a type, an amount ≥ 0 and a rationale answering DOMAIN §5's compensation questions:
 * the relationship, word of mouth, how reasonable the demand is and the company's share of fault.
 */
export function validateProposal(draft: ProposalDraft): Violation[] {
  const { text } = COMPLAINT_LIMITS;
  return [
    ...requiredText('type', draft.type),
    ...oneOf('type', draft.type, RESOLUTION_TYPES),
    ...requiredText('amount', draft.amount),
    ...moneyAmount('amount', draft.amount),
    ...requiredText('description', draft.description),
    ...maxLength('description', draft.description, text),
    ...(['relationship', 'wordOfMouth', 'reasonableness'] as const).flatMap((field) => [...requiredText(field, draft[field]), ...maxLength(field, draft[field], text)]),
    ...faultShare(draft.companyFaultPercent),
  ];
}

/** A note that must be there (customer's reason for refusing, follow-up call, handling opinion). */
export function validateNote(field: string, note: string | null | undefined): Violation[] {
  return [...requiredText(field, note), ...maxLength(field, note, COMPLAINT_LIMITS.note)];
}

export function validateOptionalNote(field: string, note: string | null | undefined): Violation[] {
  return maxLength(field, note, COMPLAINT_LIMITS.note);
}

/** 催单: every `urgesToRaise` urges raise the priority one step, up to URGENT. */
export function priorityAfterUrges(urgeCount: number, urgesToRaise: number): ComplaintPriority {
  if (urgeCount >= 2 * urgesToRaise) return 'URGENT';
  return urgeCount >= urgesToRaise ? 'HIGH' : 'NORMAL';
}

function faultShare(value: number | null | undefined): Violation[] {
  if (value == null) return [{ rule: 'required', field: 'companyFaultPercent' }];
  return Number.isInteger(value) && value >= 0 && value <= 100 ? [] : [{ rule: 'outOfRange', field: 'companyFaultPercent', params: { min: 0, max: 100 } }];
}

function localDate(field: string, value: string | null | undefined): Violation[] {
  return value != null && value !== '' && !isLocalDate(value) ? [{ rule: 'invalidDate', field }] : [];
}

export interface ComplaintCategoryDraft {
  code?: string | null;
  nameZh?: string | null;
  nameEn?: string | null;
  dueHours?: number | null;
}

/** A category an administrator adds: a stable upper-case code, both labels, an optional stricter limit. */
export function validateComplaintCategory(draft: ComplaintCategoryDraft, mode: 'create' | 'update'): Violation[] {
  const creating = mode === 'create';
  return [
    ...(creating ? requiredText('code', draft.code) : []),
    ...(draft.code && !/^[A-Z][A-Z0-9_]{1,39}$/.test(draft.code) ? [{ rule: 'invalidChoice', field: 'code' }] : []),
    ...(creating || draft.nameZh !== undefined ? requiredText('nameZh', draft.nameZh) : []),
    ...maxLength('nameZh', draft.nameZh, 50),
    ...(creating || draft.nameEn !== undefined ? requiredText('nameEn', draft.nameEn) : []),
    ...maxLength('nameEn', draft.nameEn, 80),
    ...(draft.dueHours != null && !(Number.isInteger(draft.dueHours) && draft.dueHours >= 1 && draft.dueHours <= 720)
      ? [{ rule: 'outOfRange', field: 'dueHours', params: { min: 1, max: 720 } }]
      : []),
  ];
}
