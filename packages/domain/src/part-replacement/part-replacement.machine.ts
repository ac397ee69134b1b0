import { defineMachine } from '../shared/state-machine';
import { canAccess } from '../permissions';
import type { Role } from '../staff/staff.types';
import { PART_REPLACEMENT_STEPS, type PartReplacementAction, type PartReplacementStatus } from './part-replacement.types';

/**
 * 有偿换件: customer service records the request, forwards it to the responsible department, passes
 * the quote to the customer and records the answer; the department's work then ends in DONE.
 */
export const partReplacementMachine = defineMachine<PartReplacementStatus, PartReplacementAction>('partReplacement', {
  REQUESTED: { forward: 'FORWARDED' },
  FORWARDED: { quote: 'QUOTED' },
  QUOTED: { accept: 'ACCEPTED', decline: 'DECLINED' },
  ACCEPTED: { complete: 'DONE' },
  DECLINED: {},
  DONE: {},
}, PART_REPLACEMENT_STEPS);

export function partReplacementNextActions(status: PartReplacementStatus, role: Role, context: { isOwner?: boolean } = {}): PartReplacementAction[] {
  if (!canAccess(role, 'partReplacement', 'edit', context)) return [];
  return partReplacementMachine.allowedActions(status);
}
