import { describe, expect, it } from 'vitest';
import { handoverMachine, handoverNextActions, handoverStatusOf, mayWriteHandover } from './handover.machine';

describe('handover machine', () => {
  it('written, corrected until acknowledged, then settled', () => {
    expect(handoverMachine.assertTransition('WRITTEN', 'acknowledge')).toBe('ACKNOWLEDGED');
    expect(handoverMachine.assertTransition('WRITTEN', 'edit')).toBe('WRITTEN');
    expect(() => handoverMachine.assertTransition('ACKNOWLEDGED', 'edit')).toThrow();
    expect(() => handoverMachine.assertTransition('ACKNOWLEDGED', 'acknowledge')).toThrow();
    expect(handoverStatusOf({ acknowledgedAt: null })).toBe('WRITTEN');
    expect(handoverStatusOf({ acknowledgedAt: new Date() })).toBe('ACKNOWLEDGED');
  });

  it('the writer edits, the incoming leader acknowledges, never their own', () => {
    expect(handoverNextActions('WRITTEN', { isWriter: true, isIncomingLeader: false })).toEqual(['edit']);
    expect(handoverNextActions('WRITTEN', { isWriter: false, isIncomingLeader: true })).toEqual(['acknowledge']);
    expect(handoverNextActions('WRITTEN', { isWriter: true, isIncomingLeader: true })).toEqual(['edit']);
    expect(handoverNextActions('WRITTEN', { isWriter: false, isIncomingLeader: false })).toEqual([]);
    expect(handoverNextActions('ACKNOWLEDGED', { isWriter: true, isIncomingLeader: true })).toEqual([]);
  });

  it("only the outgoing shift's leader writes it; a shift leader of the team when the roster names none", () => {
    expect(mayWriteHandover('wang', 'wang', true)).toBe(true);
    expect(mayWriteHandover('zhao', 'wang', true)).toBe(false);
    expect(mayWriteHandover('zhao', null, true)).toBe(true);
    expect(mayWriteHandover('zhao', null, false)).toBe(false);
  });
});
