import type { StepTable } from '../shared/workflow-steps';
export const PART_REPLACEMENT_STATUSES = ['REQUESTED', 'FORWARDED', 'QUOTED', 'ACCEPTED', 'DECLINED', 'DONE'] as const;
export type PartReplacementStatus = (typeof PART_REPLACEMENT_STATUSES)[number];

export const PART_REPLACEMENT_ACTIONS = ['forward', 'quote', 'accept', 'decline', 'complete'] as const;
export type PartReplacementAction = (typeof PART_REPLACEMENT_ACTIONS)[number];

/** The API's steps (`PartReplacementAction` in the schema), one per mutation: the customer's answer is `recordPartReplacementDecision`. */
export const PART_REPLACEMENT_STEPS = {
  FORWARD: ['forward'],
  QUOTE: ['quote'],
  RECORD_DECISION: ['accept', 'decline'],
  COMPLETE: ['complete'],
} as const satisfies StepTable<string, PartReplacementAction>;
export type PartReplacementStep = keyof typeof PART_REPLACEMENT_STEPS;

/** Departments that do the work customer service bridges to (responsible department, 责任部门). */
export const DEPARTMENTS = ['TECHNICAL', 'SALES', 'WAREHOUSE', 'PRODUCTION', 'FINANCE', 'MARKETING'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export interface PartReplacementDraft {
  customerId?: string | null;
  contractId?: string | null;
  partName?: string | null;
  quantity?: number | null;
  unitPrice?: string | null;
  /** 合同内: the replacement falls under a contract, which must then be named. */
  insideContract?: boolean | null;
  /** 保修期内: the customer pays nothing, so the price is 0. */
  warrantyCovered?: boolean | null;
  department?: string | null;
  description?: string | null;
  /** 整机保修截止日 (YYYY-MM-DD) from the machine's warranty card, when it covers what a contract does not. */
  machineWarrantyEndDate?: string | null;
}

/** What can make a replacement warranty-covered: its contract's warranty, or the machine's own. */
export interface WarrantyCover {
  contract: { startDate: string; warrantyEndDate: string | null } | null;
  machineWarrantyEndDate: string | null;
}
