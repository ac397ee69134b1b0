import { describe, expect, it } from 'vitest';
import { rosterMachine, rosterNextActions } from './roster.machine';

describe('roster machine', () => {
  it('a draft is generated, edited and published; a published month is edited no more', () => {
    expect(rosterMachine.assertTransition('DRAFT', 'publish')).toBe('PUBLISHED');
    expect(rosterMachine.assertTransition('DRAFT', 'edit')).toBe('DRAFT');
    expect(() => rosterMachine.assertTransition('PUBLISHED', 'edit')).toThrow(/cannot edit from PUBLISHED/);
    expect(() => rosterMachine.assertTransition('PUBLISHED', 'publish')).toThrow();
    expect(rosterMachine.allowedActions('PUBLISHED')).toEqual([]);
  });

  it('managers act on every team, a shift leader on their own team only, agents never', () => {
    expect(rosterNextActions('DRAFT', { role: 'DEPT_MANAGER', leadsTeam: false })).toEqual(['generate', 'edit', 'publish']);
    expect(rosterNextActions('DRAFT', { role: 'SHIFT_LEADER', leadsTeam: true })).toEqual(['generate', 'edit', 'publish']);
    expect(rosterNextActions('DRAFT', { role: 'SHIFT_LEADER', leadsTeam: false })).toEqual([]);
    expect(rosterNextActions('DRAFT', { role: 'AGENT', leadsTeam: true })).toEqual([]);
    expect(rosterNextActions('PUBLISHED', { role: 'DEPT_MANAGER', leadsTeam: true })).toEqual([]);
  });
});
