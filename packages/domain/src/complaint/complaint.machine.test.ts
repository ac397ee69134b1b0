import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../staff/staff.types';
import { defaultSettings } from '../setting/settings';
import { approverRolesOf, canTransition, chooseProposal, complaintMachine, mayReassignComplaint, mayReferComplaint, mayTakeComplaintAction, mayUrgeComplaint, nextActions, reassignViolations, referViolations } from './complaint.machine';
import { COMPLAINT_ACTIONS, COMPLAINT_STATUSES, type ComplaintAction, type ComplaintStatus, isComplaintClosed } from './complaint.types';

/** The handled path, in order, that must precede every CLOSED since the last reopening. */
const HANDLED: ComplaintAction[] = ['assessValid', 'approve', 'customerAccept', 'startImplementation', 'completeImplementation', 'followUpSatisfied', 'close'];

function endsWithInOrder(cycle: ComplaintAction[], path: ComplaintAction[]): boolean {
  let at = cycle.length;
  for (const action of [...path].reverse()) {
    at = cycle.lastIndexOf(action, at - 1);
    if (at < 0) return false;
  }
  return true;
}

describe('complaint machine', () => {
  it('walks the whole handling path, and reopens', () => {
    let status: ComplaintStatus = 'RECEIVED';
    for (const action of ['assessValid', 'propose', 'return', 'propose', 'approve', 'customerReject', 'propose', 'approve', 'customerAccept', 'startImplementation', 'completeImplementation', 'followUpSatisfied', 'close', 'reopen'] as const) {
      status = complaintMachine.assertTransition(status, action);
    }
    expect(status).toBe('RECEIVED');
    expect(complaintMachine.assertTransition('RECEIVED', 'assessInvalid')).toBe('REJECTED');
  });

  it('forbids skipping steps, naming what is allowed', () => {
    expect(canTransition('RECEIVED', 'propose')).toBe(false);
    expect(() => complaintMachine.assertTransition('INVESTIGATING', 'close')).toThrow(expect.objectContaining({ from: 'INVESTIGATING', action: 'CLOSE', allowed: ['PROPOSE_RESOLUTION'] }));
  });

  it('leaves approval to the manager or above and the rest (an alternative proposal too) to the owner or leaders', () => {
    expect(nextActions('PROPOSED', 'DEPT_MANAGER')).toEqual(['propose', 'approve', 'return']);
    expect(nextActions('PROPOSED', 'CENTER_DIRECTOR')).toEqual(['propose', 'approve', 'return']);
    expect(nextActions('PROPOSED', 'AGENT', { isOwner: true })).toEqual(['propose']);
    for (const role of ['QA_INSPECTOR', 'ADMIN'] as const) expect(nextActions('PROPOSED', role, { isOwner: true }), role).toEqual([]);
    expect(nextActions('INVESTIGATING', 'AGENT', { isOwner: true })).toEqual(['propose']);
    expect(nextActions('INVESTIGATING', 'AGENT', { isOwner: false })).toEqual([]);
    expect(nextActions('INVESTIGATING', 'SHIFT_LEADER', { isOwner: false })).toEqual(['propose']);
    expect(nextActions('INVESTIGATING', 'QA_INSPECTOR', { isOwner: true })).toEqual([]);
  });

  it('property: random actions by random roles never reach an illegal state, and every closed complaint went the whole way', () => {
    const step = fc.record({ role: fc.constantFrom(...ROLES), isOwner: fc.boolean(), action: fc.constantFrom(...COMPLAINT_ACTIONS) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        let status: ComplaintStatus = 'RECEIVED';
        let cycle: ComplaintAction[] = [];
        for (const { role, isOwner, action } of steps) {
          if (!nextActions(status, role, { isOwner }).includes(action)) {
            // What the API refuses changes nothing; a legal action refused here was refused for the role.
            if (canTransition(status, action)) expect(['DEPT_MANAGER', 'CENTER_DIRECTOR'].includes(role) && ['approve', 'return'].includes(action)).toBe(false);
            continue;
          }
          if (action === 'approve' || action === 'return') expect(['DEPT_MANAGER', 'CENTER_DIRECTOR']).toContain(role);
          else expect(role === 'AGENT' ? isOwner : ['SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR'].includes(role)).toBe(true);
          status = complaintMachine.assertTransition(status, action);
          cycle = action === 'reopen' ? [] : [...cycle, action];
          expect(COMPLAINT_STATUSES).toContain(status);
          if (status === 'REJECTED') expect(cycle).toEqual(['assessInvalid']);
          if (status === 'CLOSED') expect(endsWithInOrder(cycle, HANDLED), cycle.join(' → ')).toBe(true);
          if (isComplaintClosed(status)) expect(cycle[0]).toMatch(/^assess/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: a closed complaint is reached from RECEIVED only through an assessment', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...COMPLAINT_ACTIONS), { maxLength: 60 }), (actions) => {
        let status: ComplaintStatus = 'RECEIVED';
        let assessed = false;
        for (const action of actions) {
          if (!canTransition(status, action)) continue;
          status = complaintMachine.assertTransition(status, action);
          if (action === 'reopen') assessed = false;
          if (action.startsWith('assess')) assessed = true;
          if (isComplaintClosed(status)) expect(assessed).toBe(true);
        }
      }),
    );
  });
});

describe('who may urge (催单)', () => {
  const complaint = { recordedById: 'recorder', ownerTeamId: 'team-1' };

  it('the recorder, a shift leader of the owner\'s team, the manager and the director; not QA, administrators, other agents or other teams\' leaders', () => {
    expect(mayUrgeComplaint({ id: 'recorder', role: 'AGENT', teamId: 'team-2' }, complaint)).toBe(true);
    expect(mayUrgeComplaint({ id: 'l1', role: 'SHIFT_LEADER', teamId: 'team-1' }, complaint)).toBe(true);
    expect(mayUrgeComplaint({ id: 'm', role: 'DEPT_MANAGER', teamId: null }, complaint)).toBe(true);
    expect(mayUrgeComplaint({ id: 'd', role: 'CENTER_DIRECTOR', teamId: null }, complaint)).toBe(true);
    expect(mayUrgeComplaint({ id: 'l2', role: 'SHIFT_LEADER', teamId: 'team-2' }, complaint)).toBe(false);
    expect(mayUrgeComplaint({ id: 'l3', role: 'SHIFT_LEADER', teamId: null }, { ...complaint, ownerTeamId: null })).toBe(false);
    expect(mayUrgeComplaint({ id: 'qa', role: 'QA_INSPECTOR', teamId: 'team-1' }, complaint)).toBe(false);
    expect(mayUrgeComplaint({ id: 'admin', role: 'ADMIN', teamId: 'team-1' }, complaint)).toBe(false);
    expect(mayUrgeComplaint({ id: 'colleague', role: 'AGENT', teamId: 'team-1' }, complaint)).toBe(false);
  });

  it('property: QA inspectors and administrators never urge a complaint they did not record', () => {
    fc.assert(
      fc.property(fc.constantFrom('QA_INSPECTOR' as const, 'ADMIN' as const), fc.option(fc.constantFrom('team-1', 'team-2'), { nil: null }), (role, teamId) => {
        expect(mayUrgeComplaint({ id: 'someone', role, teamId }, complaint)).toBe(false);
      }),
    );
  });
});

describe('hand-up (上交) and transfer (转交)', () => {
  it('the owner hands an open complaint up once, before any escalation', () => {
    expect(mayReferComplaint({ id: 'a1' }, { ownerId: 'a1' })).toBe(true);
    expect(mayReferComplaint({ id: 'a2' }, { ownerId: 'a1' })).toBe(false);
    expect(referViolations({ closed: false, escalationLevel: 0 })).toEqual([]);
    expect(referViolations({ closed: false, escalationLevel: 1 })).toEqual([{ rule: 'alreadyEscalated', field: 'id' }]);
    expect(referViolations({ closed: true, escalationLevel: 0 })).toEqual([{ rule: 'closed', field: 'id' }]);
  });

  it('a shift leader, the manager or the director transfers an open complaint to another active agent or leader', () => {
    expect(ROLES.filter(mayReassignComplaint)).toEqual(['SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR']);
    const open = { closed: false, ownerId: 'a1' };
    expect(reassignViolations(open, { id: 'a2', role: 'AGENT', active: true })).toEqual([]);
    expect(reassignViolations(open, { id: 'l1', role: 'SHIFT_LEADER', active: true })).toEqual([]);
    expect(reassignViolations(open, { id: 'a1', role: 'AGENT', active: true })).toEqual([{ rule: 'sameOwner', field: 'handlerId' }]);
    expect(reassignViolations(open, { id: 'q', role: 'QA_INSPECTOR', active: true })).toEqual([{ rule: 'notHandler', field: 'handlerId' }]);
    expect(reassignViolations(open, { id: 'a3', role: 'AGENT', active: false })).toEqual([{ rule: 'notHandler', field: 'handlerId' }]);
    expect(reassignViolations(open, null)).toEqual([{ rule: 'notFound', field: 'handlerId' }]);
    expect(reassignViolations({ ...open, closed: true }, { id: 'a2', role: 'AGENT', active: true })).toEqual([{ rule: 'closed', field: 'id' }]);
  });
});

describe('alternative proposals and who approves', () => {
  it('lets the owner add an alternative while proposals wait, and the approver choose one', () => {
    expect(complaintMachine.assertTransition('PROPOSED', 'propose')).toBe('PROPOSED');
    expect(chooseProposal([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }], 'p2')).toEqual({ chosen: 'p2', notChosen: ['p1', 'p3'] });
    expect(chooseProposal([{ id: 'p1' }], undefined)).toEqual({ chosen: 'p1', notChosen: [] });
    expect(chooseProposal([{ id: 'p1' }, { id: 'p2' }], null)).toEqual([{ rule: 'required', field: 'proposalId' }]);
    expect(chooseProposal([{ id: 'p1' }], 'old')).toEqual([{ rule: 'notPending', field: 'proposalId' }]);
  });

  it('approval belongs to the manager and the director by default, as the settings say otherwise', () => {
    expect(approverRolesOf(defaultSettings())).toEqual(['DEPT_MANAGER', 'CENTER_DIRECTOR']);
    expect(ROLES.filter((role) => mayTakeComplaintAction('approve', role, {}))).toEqual(['DEPT_MANAGER', 'CENTER_DIRECTOR']);
    const managerOnly = approverRolesOf({ ...defaultSettings(), 'complaint.approver.CENTER_DIRECTOR': 0 });
    expect(ROLES.filter((role) => mayTakeComplaintAction('return', role, { approverRoles: managerOnly }))).toEqual(['DEPT_MANAGER']);
    expect(nextActions('PROPOSED', 'CENTER_DIRECTOR', { approverRoles: managerOnly })).toEqual(['propose']);
    expect(nextActions('PROPOSED', 'AGENT', { isOwner: true })).toEqual(['propose']);
  });
});
