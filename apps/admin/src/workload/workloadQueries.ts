import { gql } from '@apollo/client';
import type { AgentWorkloadsQuery } from '../graphql/generated';
import { documentOf, type Run } from '../providers/operations';

export type AgentWorkload = AgentWorkloadsQuery['agentWorkloads'][number];

export const AGENT_WORKLOADS = gql`
  query agentWorkloads {
    agentWorkloads { agent { id name jobType skillLevel } customerCount awaitingFirstContact overdueFirstContacts }
  }
`;

/** One request counting each owner's contracts: `c0: contracts(filter: { ownerId: $o0 }) { total }`, ... */
export function contractCountsQuery(ownerIds: string[]) {
  const declarations = ownerIds.map((_, index) => `$o${index}: ID`).join(', ');
  const fields = ownerIds.map((_, index) => `c${index}: contracts(filter: { ownerId: $o${index} }, page: { limit: 1 }) { total }`).join(' ');
  return {
    query: documentOf(`query contractCounts(${declarations}) { ${fields} }`),
    variables: Object.fromEntries(ownerIds.map((id, index) => [`o${index}`, id])),
  };
}

export interface WorkloadMethods {
  agentWorkloads(): Promise<AgentWorkload[]>;
  /** `contracts(filter: { ownerId }) { total }` per owner, in one request. */
  contractCounts(ownerIds: string[]): Promise<Record<string, number>>;
}

export function workloadMethods(run: Run): WorkloadMethods {
  return {
    agentWorkloads: async () => (await run<AgentWorkloadsQuery>('query', AGENT_WORKLOADS)).agentWorkloads,
    contractCounts: async (ownerIds) => {
      if (ownerIds.length === 0) return {};
      const { query, variables } = contractCountsQuery(ownerIds);
      const data = await run<Record<string, { total: number }>>('query', query, variables);
      return Object.fromEntries(ownerIds.map((id, index) => [id, data[`c${index}`].total]));
    },
  };
}
