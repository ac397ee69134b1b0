import { describe, expect, it } from 'vitest';
import { defineMachine, InvalidTransitionError } from './state-machine';

type Status = 'OPEN' | 'DONE';
type Action = 'finishWell' | 'finishBadly' | 'edit';
const table = { OPEN: { finishWell: 'DONE', finishBadly: 'DONE', edit: 'OPEN' }, DONE: {} } as const;

describe('defineMachine', () => {
  it('names machine actions in the error when the workflow has no steps', () => {
    const machine = defineMachine<Status, Action>('task', table);
    expect(() => machine.assertTransition('DONE', 'finishWell')).toThrow(expect.objectContaining({ action: 'finishWell', allowed: [] }));
  });

  it('names the step tried and the steps allowed when the API offers the workflow as steps', () => {
    const machine = defineMachine<Status, Action>('task', table, { FINISH: ['finishWell', 'finishBadly'], ARCHIVE: [] });
    expect(() => machine.assertTransition('DONE', 'finishBadly')).toThrow(InvalidTransitionError);
    expect(() => machine.assertTransition('DONE', 'finishBadly')).toThrow(expect.objectContaining({ from: 'DONE', action: 'FINISH', allowed: [] }));
    // An action that is no step (editing is its own mutation) keeps its name; the allowed list is steps only.
    expect(() => defineMachine<Status, Action>('task', { OPEN: { finishWell: 'DONE' }, DONE: { edit: 'DONE' } }, { FINISH: ['finishWell'] }).assertTransition('DONE', 'finishWell')).toThrow(
      expect.objectContaining({ action: 'FINISH', allowed: [] }),
    );
    expect(() => machine.assertTransition('DONE', 'edit')).toThrow(expect.objectContaining({ action: 'edit', allowed: [] }));
  });
});
