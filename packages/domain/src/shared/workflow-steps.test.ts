import { describe, expect, it } from 'vitest';
import { actionsOf, stepsOf } from './workflow-steps';

describe('workflow steps', () => {
  const table = { ASSESS: ['assessValid', 'assessInvalid'], CLOSE: ['close'], URGE: [] } as const;

  it('names the step of each action once, in the table order', () => {
    expect(stepsOf(table, ['close', 'assessInvalid', 'assessValid'])).toEqual(['ASSESS', 'CLOSE']);
    expect(stepsOf(table, [])).toEqual([]);
  });

  it('turns steps back into actions, ignoring unknown ones', () => {
    expect(actionsOf(table, ['CLOSE', 'ASSESS', 'LATER'])).toEqual(['assessValid', 'assessInvalid', 'close']);
    expect(actionsOf(table, ['URGE'])).toEqual([]);
  });
});

describe('complaint steps', () => {
  it('adds referring, reassigning and urging after the workflow steps, when allowed', async () => {
    const { complaintSteps } = await import('../complaint/complaint.machine');
    expect(complaintSteps(['assessValid', 'assessInvalid'], { refer: true, reassign: false, urge: true })).toEqual(['ASSESS', 'REFER', 'URGE']);
    expect(complaintSteps(['customerAccept', 'customerReject'], { refer: false, reassign: true, urge: false })).toEqual(['RECORD_CUSTOMER_DECISION', 'REASSIGN']);
  });
});
