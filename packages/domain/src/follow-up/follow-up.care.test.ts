import { describe, expect, it } from 'vitest';
import { carePeriod, dueCarePeriod, firstWorkingDay, followUpCoverage, parseCarePeriod, spreadOverAssignees } from './follow-up.care';
import { calendar } from './follow-up.fixtures';

describe('periodic care of key customers (定期关怀)', () => {
  it('runs by month or by quarter', () => {
    expect(carePeriod('2026-12-15', 'MONTHLY')).toEqual({ key: '2026-12', start: '2026-12-01', end: '2026-12-31' });
    expect(carePeriod('2026-02-03', 'MONTHLY')).toEqual({ key: '2026-02', start: '2026-02-01', end: '2026-02-28' });
    expect(carePeriod('2026-11-30', 'QUARTERLY')).toEqual({ key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(carePeriod('2026-01-01', 'QUARTERLY')).toEqual({ key: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
  });

  it('is due from the first working day of the period (after 国庆 in October; a Monday after a weekend start)', () => {
    expect(firstWorkingDay(carePeriod('2026-10-20', 'MONTHLY'), calendar)).toBe('2026-10-08');
    expect(firstWorkingDay(carePeriod('2026-11-20', 'MONTHLY'), calendar)).toBe('2026-11-02');
    expect(dueCarePeriod('2026-11-01', 'MONTHLY', calendar)).toBeNull();
    expect(dueCarePeriod('2026-11-02', 'MONTHLY', calendar)?.key).toBe('2026-11');
    // A job that was down for days still finds the period due.
    expect(dueCarePeriod('2026-11-25', 'MONTHLY', calendar)?.key).toBe('2026-11');
    expect(dueCarePeriod('2026-10-05', 'QUARTERLY', calendar)).toBeNull();
    expect(dueCarePeriod('2026-10-08', 'QUARTERLY', calendar)?.key).toBe('2026-Q4');
    expect(dueCarePeriod('2026-10-08', 'NONE', calendar)).toBeNull();
  });
});

describe('key-customer coverage (100% of key customers followed up)', () => {
  it('lists the gaps and the share covered', () => {
    expect(followUpCoverage(['a', 'b', 'c'], new Set(['a', 'c', 'x']))).toEqual({ total: 3, covered: 2, percent: 66.7, gaps: ['b'] });
    expect(followUpCoverage([], new Set())).toEqual({ total: 0, covered: 0, percent: 100, gaps: [] });
    expect(followUpCoverage(['a'], new Set(['a']))).toEqual({ total: 1, covered: 1, percent: 100, gaps: [] });
  });

  it('reads a period key as typed, and nothing else', () => {
    expect(parseCarePeriod('2026-12')).toEqual(carePeriod('2026-12-01', 'MONTHLY'));
    expect(parseCarePeriod('2026-Q3')).toEqual({ key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-1', '', '2026-12-01', 'Q4-2026']) expect(parseCarePeriod(bad)).toBeNull();
  });

  it('spreads coverage gaps evenly over the agents', () => {
    expect(spreadOverAssignees(['c1', 'c2', 'c3'], ['a', 'b']).map((x) => `${x.item}:${x.assigneeId}`)).toEqual(['c1:a', 'c2:b', 'c3:a']);
    expect(spreadOverAssignees(['c1'], [])).toEqual([]);
  });
});
