import { describe, expect, it } from 'vitest';
import { followUpMachine, followUpNextActions, followUpStanding, followUpVisibility } from './follow-up.machine';

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
    expect(() => followUpMachine.assertTransition('OPEN', 'complete')).toThrow(/cannot COMPLETE from OPEN \(allowed: RECORD_ATTEMPT, REASSIGN, CANCEL\)/);
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

  it('an agent sees the follow-ups assigned to them, a shift leader also the team’s, QA and the managers all', () => {
    expect(followUpVisibility('AGENT')).toBe('ASSIGNED');
    expect(followUpVisibility('SHIFT_LEADER')).toBe('ASSIGNED_OR_TEAM');
    expect(followUpVisibility('QA_INSPECTOR')).toBe('ALL');
    expect(followUpVisibility('DEPT_MANAGER')).toBe('ALL');
  });

  it('a leader leads the assignee only within their own team; the managers lead every team', () => {
    const followUp = { assigneeId: 'a1', teamId: 't1' };
    expect(followUpStanding({ id: 'a1', role: 'AGENT', teamId: 't1' }, followUp)).toEqual({ role: 'AGENT', isAssignee: true, leadsAssignee: false });
    expect(followUpStanding({ id: 'l1', role: 'SHIFT_LEADER', teamId: 't1' }, followUp).leadsAssignee).toBe(true);
    expect(followUpStanding({ id: 'l2', role: 'SHIFT_LEADER', teamId: 't2' }, followUp).leadsAssignee).toBe(false);
    expect(followUpStanding({ id: 'l3', role: 'SHIFT_LEADER', teamId: null }, { assigneeId: 'a1', teamId: null }).leadsAssignee).toBe(false);
    expect(followUpStanding({ id: 'm1', role: 'DEPT_MANAGER', teamId: null }, followUp).leadsAssignee).toBe(true);
  });
});
