import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../shared/state-machine';
import { SWAP_ACTIONS, SWAP_STATUSES, type SwapStatus } from './scheduling.types';
import { statusAfterApproval, swapAwaits, swapMachine, swapNextActions } from './swap.machine';

const swap = (status: SwapStatus, sides: { requesterLeaderId?: string; counterpartLeaderId?: string } = {}) => ({
  status,
  requesterId: 'zhang',
  counterpartId: 'li',
  requesterLeaderId: sides.requesterLeaderId ?? null,
  counterpartLeaderId: sides.counterpartLeaderId ?? null,
});
const nobody = { requesterSide: false, counterpartSide: false };
const requester = { id: 'zhang', leads: nobody };
const counterpart = { id: 'li', leads: nobody };
const leaderA = { id: 'wang', leads: { requesterSide: true, counterpartSide: false } };
const leaderB = { id: 'zhao', leads: { requesterSide: false, counterpartSide: true } };
const outsider = { id: 'sun', leads: nobody };

describe('swap machine', () => {
  it('the colleague settles it first, then the leaders', () => {
    expect(swapMachine.assertTransition('PENDING_COUNTERPART', 'accept')).toBe('PENDING_LEADERS');
    expect(swapMachine.assertTransition('PENDING_COUNTERPART', 'decline')).toBe('DECLINED');
    expect(swapMachine.assertTransition('PENDING_LEADERS', 'approve')).toBe('APPROVED');
    expect(swapMachine.assertTransition('PENDING_LEADERS', 'reject')).toBe('REJECTED');
    for (const open of ['PENDING_COUNTERPART', 'PENDING_LEADERS'] as const) expect(swapMachine.assertTransition(open, 'cancel')).toBe('CANCELLED');
  });

  it('no leader decides before the colleague accepted; nothing moves a settled swap', () => {
    expect(() => swapMachine.assertTransition('PENDING_COUNTERPART', 'approve')).toThrow(InvalidTransitionError);
    expect(() => swapMachine.assertTransition('PENDING_LEADERS', 'accept')).toThrow(InvalidTransitionError);
    for (const done of ['APPROVED', 'DECLINED', 'REJECTED', 'CANCELLED'] as const) {
      for (const action of SWAP_ACTIONS) expect(swapMachine.canTransition(done, action), `${done} ${action}`).toBe(false);
    }
  });

  it('an approval leaves PENDING_LEADERS until both sides are approved', () => {
    expect(statusAfterApproval({ requesterLeaderId: 'wang', counterpartLeaderId: null })).toBe('PENDING_LEADERS');
    expect(statusAfterApproval({ requesterLeaderId: 'wang', counterpartLeaderId: 'zhao' })).toBe('APPROVED');
  });
});

describe('swapNextActions', () => {
  it('waiting for the colleague: only they accept or decline, the requester may withdraw, the leaders wait', () => {
    const s = swap('PENDING_COUNTERPART');
    expect(swapNextActions(s, counterpart)).toEqual(['accept', 'decline']);
    expect(swapNextActions(s, requester)).toEqual(['edit', 'cancel']);
    expect(swapNextActions(s, leaderA)).toEqual([]);
    expect(swapNextActions(s, outsider)).toEqual([]);
    expect(swapAwaits(s, counterpart)).toBe(true);
    expect(swapAwaits(s, leaderA)).toBe(false);
  });

  it('waiting for the leaders: each approves their side (swapDecisions), the colleague has nothing left to do', () => {
    const s = swap('PENDING_LEADERS');
    expect(swapNextActions(s, leaderA)).toEqual(['approve', 'reject']);
    expect(swapNextActions(s, leaderB)).toEqual(['approve', 'reject']);
    expect(swapNextActions(s, counterpart)).toEqual([]);
    expect(swapNextActions(s, requester)).toEqual(['edit', 'cancel']);
    expect(swapNextActions(swap('PENDING_LEADERS', { requesterLeaderId: 'wang' }), leaderA)).toEqual(['reject']);
    expect(swapAwaits(swap('PENDING_LEADERS', { requesterLeaderId: 'wang' }), leaderA)).toBe(false);
    expect(swapAwaits(swap('PENDING_LEADERS', { requesterLeaderId: 'wang' }), leaderB)).toBe(true);
  });

  it('offers only what the machine allows, to anybody, in every status', () => {
    for (const status of SWAP_STATUSES) {
      for (const viewer of [requester, counterpart, leaderA, leaderB, outsider]) {
        for (const action of swapNextActions(swap(status), viewer)) expect(swapMachine.canTransition(status, action)).toBe(true);
      }
    }
    for (const done of ['APPROVED', 'DECLINED', 'REJECTED', 'CANCELLED'] as const) expect(swapNextActions(swap(done), counterpart)).toEqual([]);
  });
});
