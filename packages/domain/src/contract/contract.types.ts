import type { StepTable } from '../shared/workflow-steps';
import type { Role } from '../staff/staff.types';
import type { LocalDate } from '../shared/local-date';

/** What a person decided and the database stores (no job has to flip a contract to "expired"). */
export const CONTRACT_STORED_STATUSES = ['DRAFT', 'ACTIVE', 'TERMINATED', 'RENEWED'] as const;
export type ContractStoredStatus = (typeof CONTRACT_STORED_STATUSES)[number];

/** What users see: EXPIRING and EXPIRED are derived from the end date at read time. */
export const CONTRACT_STATUSES = ['DRAFT', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED', 'RENEWED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_ACTIONS = ['activate', 'terminate', 'renew'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/** The API's steps (`ContractAction` in the schema), one per mutation: `ACTIVATE` is `activateContract`. */
export const CONTRACT_STEPS = { ACTIVATE: ['activate'], TERMINATE: ['terminate'], RENEW: ['renew'] } as const satisfies StepTable<string, ContractAction>;
export type ContractStep = keyof typeof CONTRACT_STEPS;

/** 专人落实: who may be the designated owner of a contract. */
export const CONTRACT_OWNER_ROLES = ['AGENT', 'SHIFT_LEADER', 'DEPT_MANAGER'] as const satisfies readonly Role[];

export function canOwnContracts(role: Role): boolean {
  return (CONTRACT_OWNER_ROLES as readonly Role[]).includes(role);
}

export interface ContractDraft {
  number?: string | null;
  title?: string | null;
  customerId?: string | null;
  scope?: string | null;
  startDate?: LocalDate | null;
  endDate?: LocalDate | null;
  warrantyEndDate?: LocalDate | null;
  amount?: string | null;
  confidential?: boolean | null;
  confidentialityText?: string | null;
}
