import { defineMachine } from '../shared/state-machine';
import { SWAP_STEPS, type SwapAction, type SwapStatus } from './scheduling.types';
import { type SwapForDecision, swapDecisions } from './swap.rules';

/**
 * 换班 (DOMAIN §7): the named colleague settles it first (accept or decline), then both shift
 * leaders approve, each their side, or one rejects; the requester may reword the reason (edit) or
 * withdraw (cancel) while it waits.
 * `approve` leads to APPROVED once both sides are approved; before that the swap stays
 * PENDING_LEADERS (`statusAfterApproval`).
 */
export const swapMachine = defineMachine<SwapStatus, SwapAction>('shiftSwapRequest', {
  PENDING_COUNTERPART: { accept: 'PENDING_LEADERS', decline: 'DECLINED', edit: 'PENDING_COUNTERPART', cancel: 'CANCELLED' },
  PENDING_LEADERS: { approve: 'APPROVED', reject: 'REJECTED', edit: 'PENDING_LEADERS', cancel: 'CANCELLED' },
  APPROVED: {},
  DECLINED: {},
  REJECTED: {},
  CANCELLED: {},
}, SWAP_STEPS);

/** The status an approval leaves: APPROVED when both sides now have a leader's approval, else still PENDING_LEADERS. */
export function statusAfterApproval(sides: { requesterLeaderId: string | null; counterpartLeaderId: string | null }): SwapStatus {
  const to = swapMachine.assertTransition('PENDING_LEADERS', 'approve');
  return sides.requesterLeaderId && sides.counterpartLeaderId ? to : 'PENDING_LEADERS';
}

/** Who looks at a swap: their id, and whether they lead the team of the requester's and of the counterpart's shift. */
export interface SwapViewer {
  id: string;
  leads: { requesterSide: boolean; counterpartSide: boolean };
}

/**
 * What the viewer may do on the swap now (the API's `availableActions`, which the mutations enforce):
 * the counterpart accepts or declines while it waits for them; the requester rewords or withdraws
 * while it is open; the leaders decide as `swapDecisions` says (each approves their side, either rejects).
 */
export function swapNextActions(swap: SwapForDecision & { status: SwapStatus }, viewer: SwapViewer): SwapAction[] {
  const allowed = swapMachine.allowedActions(swap.status);
  const mine: SwapAction[] = [];
  if (viewer.id === swap.counterpartId) mine.push('accept', 'decline');
  if (viewer.id === swap.requesterId) mine.push('edit', 'cancel');
  mine.push(...swapDecisions(swap, viewer.id, viewer.leads));
  return allowed.filter((action) => mine.includes(action));
}

/** Whether the swap waits for the viewer: their consent as the counterpart, or their approval as a leader of a side still waiting. */
export function swapAwaits(swap: SwapForDecision & { status: SwapStatus }, viewer: SwapViewer): boolean {
  const actions = swapNextActions(swap, viewer);
  return actions.includes('accept') || actions.includes('approve');
}
