import type { AssignmentSuggestion } from './assignmentQueries';

/** The agent the manager chose per customer; missing means "no one" (nobody qualified). */
export type Choices = Record<string, string | undefined>;

export type AssignmentPlan =
  /** The manager kept every suggestion: the server applies them itself (autoAssign). */
  | { mode: 'auto'; customerIds: string[] }
  /** Some rows were overridden: one assignCustomers call per chosen agent. */
  | { mode: 'manual'; groups: { agentId: string; customerIds: string[] }[] };

export const topAgentOf = (suggestion: AssignmentSuggestion) => suggestion.agents[0]?.agent.id;

export function initialChoices(suggestions: readonly AssignmentSuggestion[]): Choices {
  return Object.fromEntries(suggestions.map((suggestion) => [suggestion.customerId, topAgentOf(suggestion)]));
}

/** Customers without a chosen agent are left out; null when nothing is left to assign. */
export function planAssignment(suggestions: readonly AssignmentSuggestion[], choices: Choices): AssignmentPlan | null {
  const chosen = suggestions.filter((suggestion) => choices[suggestion.customerId]);
  if (chosen.length === 0) return null;
  const keptAll = chosen.length === suggestions.length && chosen.every((suggestion) => choices[suggestion.customerId] === topAgentOf(suggestion));
  if (keptAll) return { mode: 'auto', customerIds: chosen.map((suggestion) => suggestion.customerId) };
  const groups = new Map<string, string[]>();
  for (const { customerId } of chosen) {
    const agentId = choices[customerId] as string;
    groups.set(agentId, [...(groups.get(agentId) ?? []), customerId]);
  }
  return { mode: 'manual', groups: [...groups].map(([agentId, customerIds]) => ({ agentId, customerIds })) };
}
