import type { AgentWorkload } from './workloadQueries';

export interface WorkloadRow {
  agentId: string;
  name: string;
  customers: number;
  contracts: number | null;
  awaiting: number;
  overdue: number;
}

export interface WorkloadSummary {
  totalCustomers: number;
  /** Customers of the busiest agent minus those of the least busy one (负责客户数量均衡). */
  spread: number;
}

export function workloadRows(workloads: AgentWorkload[], contractCounts: Record<string, number> | null): WorkloadRow[] {
  return workloads.map(({ agent, customerCount, awaitingFirstContact, overdueFirstContacts }) => ({
    agentId: agent.id,
    name: agent.name,
    customers: customerCount,
    contracts: contractCounts ? (contractCounts[agent.id] ?? 0) : null,
    awaiting: awaitingFirstContact,
    overdue: overdueFirstContacts,
  }));
}

export function summarize(rows: WorkloadRow[]): WorkloadSummary {
  if (rows.length === 0) return { totalCustomers: 0, spread: 0 };
  const counts = rows.map((row) => row.customers);
  return { totalCustomers: counts.reduce((sum, count) => sum + count, 0), spread: Math.max(...counts) - Math.min(...counts) };
}
