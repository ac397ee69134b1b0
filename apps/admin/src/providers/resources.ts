import type { Resource as DomainResource } from '@sanxin/domain';

export interface ResourceSpec {
  /** GraphQL object type (contract: Staff ↔ staffMembers). */
  type: string;
  /** Single-record query; the list query is the react-admin resource name itself. */
  one: string;
  /** Row of the domain permission matrix that governs it. */
  domain: DomainResource;
}

/** The react-admin resource names are the contract's list queries. */
export const RESOURCES = {
  customers: { type: 'Customer', one: 'customer', domain: 'customer' },
  contacts: { type: 'Contact', one: 'contact', domain: 'contact' },
  interactions: { type: 'Interaction', one: 'interaction', domain: 'interaction' },
  staffMembers: { type: 'Staff', one: 'staffMember', domain: 'staff' },
  // Teams are part of staff administration: everyone reads them, only ADMIN changes them.
  teams: { type: 'Team', one: 'team', domain: 'staff' },
} as const satisfies Record<string, ResourceSpec>;

export type ResourceName = keyof typeof RESOURCES;

export function resourceSpec(resource: string): ResourceSpec {
  const spec = (RESOURCES as Record<string, ResourceSpec>)[resource];
  if (!spec) throw new Error(`Unknown resource "${resource}"`);
  return spec;
}

export function resourceOfType(typeName: string): ResourceName | undefined {
  return (Object.keys(RESOURCES) as ResourceName[]).find((name) => RESOURCES[name].type === typeName);
}
