import { describe, expect, it } from 'vitest';
import { followUpMachine, followUpNextActions } from './follow-up.machine';

const assignee = { role: 'AGENT' as const, isAssignee: true, leadsAssignee: false };
const colleague = { role: 'AGENT' as const, isAssignee: false, leadsAssignee: false };
const leader = { role: 'SHIFT_LEADER' as const, isAssignee: false, leadsAssignee: true };
const otherLeader = { role: 'SHIFT_LEADER' as const, isAssignee: false, leadsAssignee: false };
const manager = { role: 'DEPT_MANAGER' as const, isAssignee: false, leadsAssignee: true };
const qa = { role: 'QA_INSPECTOR' as const, isAssignee: false, leadsAssignee: false };

describe('follow-up workflow', () => {
  it('only legal steps: done and cancelled are final; an unreachable one may be tried again', () => {
    expect(followUpMachine.assertTransition('OPEN', 'recordAttempt')).toBe('IN_PROGRESS');
    expect(followUpMachine.assertTransition('IN_PROGRESS', 'complete')).toBe('DONE');
    expect(followUpMachine.assertTransition('UNREACHABLE', 'retry')).toBe('OPEN');
    expect(() => followUpMachine.assertTransition('OPEN', 'complete')).toThrow(/cannot complete from OPEN/);
    expect(followUpMachine.allowedActions('DONE')).toEqual([]);
    expect(followUpMachine.allowedActions('CANCELLED')).toEqual([]);
  });

  it('the assignee calls; their leader and the managers reassign, cancel and send back; nobody gives up by hand', () => {
    expect(followUpNextActions('OPEN', assignee)).toEqual(['recordAttempt']);
    expect(followUpNextActions('IN_PROGRESS', assignee)).toEqual(['recordAttempt', 'complete']);
    expect(followUpNextActions('IN_PROGRESS', colleague)).toEqual([]);
    expect(followUpNextActions('IN_PROGRESS', leader)).toEqual(['reassign', 'cancel']);
    expect(followUpNextActions('IN_PROGRESS', otherLeader)).toEqual([]);
    expect(followUpNextActions('UNREACHABLE', manager)).toEqual(['retry', 'reassign', 'cancel']);
    expect(followUpNextActions('OPEN', qa)).toEqual([]);
    expect(followUpNextActions('OPEN', { ...leader, isAssignee: true })).toEqual(['recordAttempt', 'reassign', 'cancel']);
  });
});
