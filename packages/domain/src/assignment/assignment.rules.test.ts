import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_TIERS } from '../customer/customer.types';
import { closesFirstContact, firstContactDueAt, loadSpread, suggestAssignments } from './assignment.rules';
import type { AgentCandidate, AssignmentPolicy, CustomerToAssign } from './assignment.types';

const policy: AssignmentPolicy = { minSkill: { A: 4, B: 2, C: 1 } };

function agent(id: string, skillLevel: number, customerCount: number, extra: Partial<AgentCandidate> = {}): AgentCandidate {
  return { id, role: 'AGENT', active: true, jobType: 'PHONE', skillLevel, customerCount, ...extra };
}

const picks = (customers: CustomerToAssign[], agents: AgentCandidate[]) =>
  suggestAssignments(customers, agents, policy).map((s) => s.agents[0]?.agentId ?? null);

describe('suggestAssignments', () => {
  it('gives each customer to the least-loaded qualified agent, with the reasons', () => {
    const [suggestion] = suggestAssignments([{ id: 'c1', tier: 'B', ownerId: null }], [agent('busy', 3, 10), agent('free', 3, 2)], policy);
    expect(suggestion.agents.map((a) => a.agentId)).toEqual(['free', 'busy']);
    expect(suggestion.agents[0].reasons).toEqual([
      { code: 'LOAD', params: { customers: 2 } },
      { code: 'SKILL', params: { skillLevel: 3, required: 2 } },
      { code: 'JOB_TYPE', params: { jobType: 'PHONE' } },
    ]);
  });

  it('keeps key customers with skilled agents even when they are busier', () => {
    expect(picks([{ id: 'key', tier: 'A', ownerId: null }], [agent('junior', 1, 0), agent('senior', 5, 8)])).toEqual(['senior']);
  });

  it('never suggests inactive staff or roles that do not own customers', () => {
    const agents = [agent('gone', 5, 0, { active: false }), agent('leader', 5, 0, { role: 'SHIFT_LEADER' }), agent('ok', 2, 30)];
    expect(suggestAssignments([{ id: 'c', tier: 'C', ownerId: null }], agents, policy)[0].agents.map((a) => a.agentId)).toEqual(['ok']);
  });

  it('answers with nobody when no agent is qualified', () => {
    expect(picks([{ id: 'key', tier: 'A', ownerId: null }], [agent('junior', 2, 0)])).toEqual([null]);
  });

  it('spreads a batch so the loads end at most 1 apart when skills allow', () => {
    const customers = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, tier: 'C' as const, ownerId: null }));
    const agents = [agent('a', 3, 4), agent('b', 3, 0), agent('c', 3, 1)];
    const counts = new Map<string, number>();
    for (const id of picks(customers, agents)) counts.set(id as string, (counts.get(id as string) ?? 0) + 1);
    expect(loadSpread(agents, counts)).toBeLessThanOrEqual(1);
  });

  it('counts a customer moving away from its owner as leaving their load', () => {
    expect(picks([{ id: 'c', tier: 'C', ownerId: 'a' }], [agent('a', 3, 5), agent('b', 3, 3)])).toEqual(['b']);
    // 4 + 1 each way: the customer stays with the agent who knows it.
    expect(picks([{ id: 'c', tier: 'C', ownerId: 'a' }], [agent('a', 3, 5), agent('b', 3, 4)])).toEqual(['a']);
  });

  it('property: never picks an unqualified or inactive agent, and no legal alternative leaves a smaller spread', () => {
    const agentArb = fc.record({
      skillLevel: fc.integer({ min: 1, max: 5 }),
      customerCount: fc.integer({ min: 0, max: 4 }),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(agentArb, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...CUSTOMER_TIERS), { minLength: 1, maxLength: 5 }), (agentSpecs, tiers) => {
        const agents = agentSpecs.map((spec, i) => agent(`a${i}`, spec.skillLevel, spec.customerCount, { active: spec.active }));
        const customers = tiers.map((tier, i) => ({ id: `c${i}`, tier, ownerId: null }));
        const chosen = picks(customers, agents);
        for (const [i, id] of chosen.entries()) {
          if (id === null) continue;
          const picked = agents.find((a) => a.id === id) as AgentCandidate;
          expect(picked.active).toBe(true);
          expect(picked.skillLevel).toBeGreaterThanOrEqual(policy.minSkill[customers[i].tier]);
        }
        const legal = legalChoices(customers, agents);
        if (chosen.some((id) => id === null)) {
          expect(chosen.every((id, i) => id !== null || legal[i].length === 0)).toBe(true);
          return;
        }
        expect(spreadOf(chosen as string[], agents)).toBe(bestSpread(legal, agents));
      }),
      { numRuns: 400 },
    );
  });
});

function legalChoices(customers: CustomerToAssign[], agents: AgentCandidate[]): string[][] {
  return customers.map((c) => agents.filter((a) => a.active && a.skillLevel >= policy.minSkill[c.tier]).map((a) => a.id));
}

function spreadOf(ids: string[], agents: AgentCandidate[]): number {
  const extra = new Map<string, number>();
  for (const id of ids) extra.set(id, (extra.get(id) ?? 0) + 1);
  return loadSpread(agents, extra);
}

/** Brute force over every legal assignment: the smallest spread any of them reaches. */
function bestSpread(legal: string[][], agents: AgentCandidate[], chosen: string[] = []): number {
  if (chosen.length === legal.length) return spreadOf(chosen, agents);
  return Math.min(...legal[chosen.length].map((id) => bestSpread(legal, agents, [...chosen, id])));
}

describe('firstContactDueAt', () => {
  it('is the assignment time plus the configured days', () => {
    expect(firstContactDueAt(new Date('2026-11-25T02:00:00Z'), 7).toISOString()).toBe('2026-12-02T02:00:00.000Z');
  });
});

describe('closesFirstContact', () => {
  const assignedAt = new Date('2026-11-25T02:00:00Z');
  const assignment = { agentId: 'a1', customerId: 'c1', assignedAt, endedAt: null, firstContactedAt: null };
  const call = { staffId: 'a1', customerId: 'c1', direction: 'OUTBOUND', occurredAt: assignedAt };

  it('is an outbound interaction by the agent with the customer, at or after the assignment, on an open, uncontacted assignment', () => {
    expect(closesFirstContact(assignment, call)).toBe(true);
    expect(closesFirstContact(assignment, { ...call, occurredAt: new Date(assignedAt.getTime() - 1) })).toBe(false);
    expect(closesFirstContact(assignment, { ...call, direction: 'INBOUND' })).toBe(false);
    expect(closesFirstContact(assignment, { ...call, staffId: 'a2' })).toBe(false);
    expect(closesFirstContact(assignment, { ...call, customerId: 'c2' })).toBe(false);
    expect(closesFirstContact({ ...assignment, endedAt: assignedAt }, call)).toBe(false);
    expect(closesFirstContact({ ...assignment, firstContactedAt: assignedAt }, call)).toBe(false);
  });

  it('property: whatever the interaction time, it counts exactly when it is not before the assignment', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30 * 86_400_000, max: 30 * 86_400_000 }), (offset) => {
        expect(closesFirstContact(assignment, { ...call, occurredAt: new Date(assignedAt.getTime() + offset) })).toBe(offset >= 0);
      }),
    );
  });
});
