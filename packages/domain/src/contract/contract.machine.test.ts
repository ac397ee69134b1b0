import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../staff/staff.types';
import { contractMachine, contractNextActions, effectiveContractStatus, storedStatusAfter } from './contract.machine';
import { CONTRACT_ACTIONS, CONTRACT_STATUSES, CONTRACT_STORED_STATUSES, type ContractStatus } from './contract.types';
import { addLocalDays } from '../shared/local-date';
import { InvalidTransitionError } from '../shared/state-machine';

describe('contract machine', () => {
  it('activates drafts only', () => {
    expect(contractMachine.assertTransition('DRAFT', 'activate')).toBe('ACTIVE');
    for (const from of ['ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED', 'RENEWED'] as const) expect(contractMachine.canTransition(from, 'activate')).toBe(false);
  });

  it.each(['ACTIVE', 'EXPIRING', 'EXPIRED'] as const)('terminates or renews a running contract (%s)', (from) => {
    expect(contractMachine.allowedActions(from)).toEqual(['terminate', 'renew']);
    expect(storedStatusAfter(from, 'terminate')).toBe('TERMINATED');
    expect(storedStatusAfter(from, 'renew')).toBe('RENEWED');
  });

  it('ends in TERMINATED and RENEWED', () => {
    expect(contractMachine.allowedActions('TERMINATED')).toEqual([]);
    expect(contractMachine.allowedActions('RENEWED')).toEqual([]);
  });

  it('throws a typed error naming the state, the action and what was allowed', () => {
    const error = (() => {
      try {
        contractMachine.assertTransition('DRAFT', 'renew');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({ machine: 'contract', from: 'DRAFT', action: 'RENEW', allowed: ['ACTIVATE'] });
    expect(() => contractMachine.assertTransition('ACTIVE', 'fly')).toThrow(InvalidTransitionError);
  });

  it('never reaches a state outside the table, whatever actions are tried (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CONTRACT_ACTIONS, 'archive'), { maxLength: 30 }), (actions) => {
        let state: ContractStatus = 'DRAFT';
        for (const action of actions) {
          if (contractMachine.canTransition(state, action)) {
            const next = contractMachine.assertTransition(state, action);
            expect(contractMachine.table[state][action]).toBe(next);
            state = next;
          } else {
            expect(() => contractMachine.assertTransition(state, action)).toThrow(InvalidTransitionError);
          }
          expect(CONTRACT_STATUSES).toContain(state);
        }
      }),
    );
  });

  it('stores only decided statuses after any action', () => {
    for (const from of CONTRACT_STATUSES) {
      for (const action of contractMachine.allowedActions(from)) expect(CONTRACT_STORED_STATUSES).toContain(storedStatusAfter(from, action));
    }
  });
});

describe('contractNextActions', () => {
  it('offers the legal actions to those who may edit the contract', () => {
    expect(contractNextActions('DRAFT', 'DEPT_MANAGER')).toEqual(['activate']);
    expect(contractNextActions('EXPIRING', 'AGENT', { isOwner: true })).toEqual(['terminate', 'renew']);
  });

  it('offers nothing to an agent on a contract they do not own, nor to QA, the director or the administrator', () => {
    expect(contractNextActions('ACTIVE', 'AGENT', { isOwner: false })).toEqual([]);
    for (const role of ['QA_INSPECTOR', 'ADMIN'] as const) expect(contractNextActions('ACTIVE', role)).toEqual([]);
  });

  it('never offers an action the machine refuses', () => {
    for (const role of ROLES) {
      for (const status of CONTRACT_STATUSES) {
        for (const action of contractNextActions(status, role)) expect(contractMachine.canTransition(status, action)).toBe(true);
      }
    }
  });
});

describe('effectiveContractStatus', () => {
  const today = '2026-03-01';

  it('keeps every stored status but ACTIVE as it is', () => {
    for (const stored of ['DRAFT', 'TERMINATED', 'RENEWED'] as const) expect(effectiveContractStatus(stored, '2020-01-01', today, 30)).toBe(stored);
  });

  it('is still ACTIVE (EXPIRING) on the end date itself, and EXPIRED the day after', () => {
    expect(effectiveContractStatus('ACTIVE', today, today, 30)).toBe('EXPIRING');
    expect(effectiveContractStatus('ACTIVE', '2026-02-28', today, 30)).toBe('EXPIRED');
  });

  it('starts EXPIRING on the first day of the window', () => {
    expect(effectiveContractStatus('ACTIVE', addLocalDays(today, 30), today, 30)).toBe('ACTIVE');
    expect(effectiveContractStatus('ACTIVE', addLocalDays(today, 29), today, 30)).toBe('EXPIRING');
    expect(effectiveContractStatus('ACTIVE', addLocalDays(today, 1), today, 1)).toBe('ACTIVE');
    expect(effectiveContractStatus('ACTIVE', today, today, 1)).toBe('EXPIRING');
  });

  it('counts leap days', () => {
    // 2028-02-29 is 28 days after 2028-02-01: a 29-day window reaches it, a 28-day one does not.
    expect(effectiveContractStatus('ACTIVE', '2028-02-29', '2028-02-01', 28)).toBe('ACTIVE');
    expect(effectiveContractStatus('ACTIVE', '2028-02-29', '2028-02-01', 29)).toBe('EXPIRING');
    // A contract ending 2028-03-01 is one day further away in a leap year.
    expect(effectiveContractStatus('ACTIVE', '2028-03-01', '2028-02-01', 29)).toBe('ACTIVE');
    expect(effectiveContractStatus('ACTIVE', '2027-03-01', '2027-02-01', 29)).toBe('EXPIRING');
    expect(effectiveContractStatus('ACTIVE', '2028-02-29', '2028-03-01', 30)).toBe('EXPIRED');
  });

  it('is EXPIRED iff ACTIVE and ended before today; EXPIRING iff ACTIVE and today ≤ end < today + window (property)', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addLocalDays('2000-01-01', n));
    fc.assert(
      fc.property(fc.constantFrom(...CONTRACT_STORED_STATUSES), day, day, fc.integer({ min: 1, max: 365 }), (stored, endDate, today, window) => {
        const status = effectiveContractStatus(stored, endDate, today, window);
        expect(status === 'EXPIRED').toBe(stored === 'ACTIVE' && endDate < today);
        expect(status === 'EXPIRING').toBe(stored === 'ACTIVE' && today <= endDate && endDate < addLocalDays(today, window));
        expect(status === 'ACTIVE').toBe(stored === 'ACTIVE' && endDate >= addLocalDays(today, window));
      }),
    );
  });
});
