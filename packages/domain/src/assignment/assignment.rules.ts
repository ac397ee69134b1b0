import type { CustomerTier } from '../customer/customer.types';
import type { JobType } from '../staff/staff.types';
import type { AgentCandidate, AssignmentPolicy, CustomerSuggestion, CustomerToAssign, RankedAgent, SuggestionReason } from './assignment.types';

const TIER_ORDER: Record<CustomerTier, number> = { A: 0, B: 1, C: 2 };
/** Key customers are visited (走访), the others mostly called. */
const PREFERRED_JOB_TYPE: Record<CustomerTier, JobType> = { A: 'FIELD', B: 'PHONE', C: 'PHONE' };
const RANKED_AGENTS = 5;

/** Who may own customers at all: active agents (DOMAIN §4: staff off the roster get no new work). */
export function canOwnCustomers(agent: Pick<AgentCandidate, 'role' | 'active'>): boolean {
  return agent.active && agent.role === 'AGENT';
}

export function isQualified(agent: AgentCandidate, tier: CustomerTier, policy: AssignmentPolicy): boolean {
  return canOwnCustomers(agent) && agent.skillLevel >= policy.minSkill[tier];
}

/**
 * 负责客户数量均衡、兼顾业务能力: each customer goes to the least-loaded qualified agent. Customers
 * with the fewest qualified agents (tier A, then B, then C) are placed first; because qualification
 * is a threshold on skill, those sets are nested and this greedy order gives the smallest possible
 * spread (max − min customers per agent) that the skills allow.
 */
export function suggestAssignments(customers: CustomerToAssign[], agents: AgentCandidate[], policy: AssignmentPolicy): CustomerSuggestion[] {
  const eligible = agents.filter(canOwnCustomers);
  const load = new Map(eligible.map((agent) => [agent.id, agent.customerCount]));
  // Customers moving away from one of the agents stop counting for them.
  for (const customer of customers) if (customer.ownerId && load.has(customer.ownerId)) load.set(customer.ownerId, (load.get(customer.ownerId) ?? 1) - 1);
  const order = [...customers].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.id.localeCompare(b.id));
  const byCustomer = new Map<string, CustomerSuggestion>();
  for (const customer of order) {
    const ranked = rankAgents(customer, eligible, load, policy);
    if (ranked[0]) load.set(ranked[0].agentId, ranked[0].projectedLoad);
    byCustomer.set(customer.id, { customerId: customer.id, agents: ranked.slice(0, RANKED_AGENTS) });
  }
  return customers.map((customer) => byCustomer.get(customer.id) as CustomerSuggestion);
}

function rankAgents(customer: CustomerToAssign, agents: AgentCandidate[], load: Map<string, number>, policy: AssignmentPolicy): RankedAgent[] {
  const preferred = PREFERRED_JOB_TYPE[customer.tier];
  return agents
    .filter((agent) => isQualified(agent, customer.tier, policy))
    .map((agent) => ({ agent, projectedLoad: (load.get(agent.id) ?? 0) + 1 }))
    .sort(
      (a, b) =>
        a.projectedLoad - b.projectedLoad ||
        Number(b.agent.id === customer.ownerId) - Number(a.agent.id === customer.ownerId) ||
        Number(b.agent.jobType === preferred) - Number(a.agent.jobType === preferred) ||
        a.agent.skillLevel - b.agent.skillLevel ||
        a.agent.id.localeCompare(b.agent.id),
    )
    .map(({ agent, projectedLoad }) => ({ agentId: agent.id, projectedLoad, reasons: reasonsFor(agent, customer, projectedLoad, policy) }));
}

function reasonsFor(agent: AgentCandidate, customer: CustomerToAssign, projectedLoad: number, policy: AssignmentPolicy): SuggestionReason[] {
  const reasons: SuggestionReason[] = [
    { code: 'LOAD', params: { customers: projectedLoad - 1 } },
    { code: 'SKILL', params: { skillLevel: agent.skillLevel, required: policy.minSkill[customer.tier] } },
  ];
  if (agent.jobType === PREFERRED_JOB_TYPE[customer.tier]) reasons.push({ code: 'JOB_TYPE', params: { jobType: agent.jobType } });
  if (agent.id === customer.ownerId) reasons.push({ code: 'CURRENT_OWNER', params: {} });
  return reasons;
}

/** max − min customers per agent who may own customers. */
export function loadSpread(agents: AgentCandidate[], extra: Map<string, number> = new Map()): number {
  const loads = agents.filter(canOwnCustomers).map((agent) => agent.customerCount + (extra.get(agent.id) ?? 0));
  return loads.length ? Math.max(...loads) - Math.min(...loads) : 0;
}

/** The first-contact deadline (DOMAIN §4: contact within 7 days of assignment, a setting). */
export function firstContactDueAt(assignedAt: Date, days: number): Date {
  return new Date(assignedAt.getTime() + days * 24 * 60 * 60 * 1000);
}

/**
 * 首次联系 (DOMAIN §4): an assignment's first contact is closed only by its agent's outbound
 * interaction with the customer that happened at or after the assignment, while the assignment is
 * open and not yet contacted. A call logged late but dated before the assignment does not count.
 */
export function closesFirstContact(
  assignment: { agentId: string; customerId: string; assignedAt: Date; endedAt: Date | null; firstContactedAt: Date | null },
  interaction: { staffId: string; customerId: string; direction: string; occurredAt: Date },
): boolean {
  return (
    interaction.direction === 'OUTBOUND' &&
    interaction.staffId === assignment.agentId &&
    interaction.customerId === assignment.customerId &&
    assignment.endedAt === null &&
    assignment.firstContactedAt === null &&
    interaction.occurredAt.getTime() >= assignment.assignedAt.getTime()
  );
}
