import { describe, expect, it } from 'vitest';
import { monthBoundaries, monthsBetween, satisfactionCounts, validateMonthRange } from './follow-up.satisfaction';

describe('satisfaction reports (满意度统计)', () => {
  it('run over months, across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-12', '2026-11')).toEqual([]);
    expect(monthsBetween('2026-13', '2027-01')).toEqual([]);
  });

  it('validate the months: well formed, in order, two years at most', () => {
    expect(validateMonthRange('2026-01', '2027-12')).toEqual([]);
    expect(validateMonthRange('2026-1', 'x')).toEqual([{ rule: 'invalidMonth', field: 'fromMonth' }, { rule: 'invalidMonth', field: 'toMonth' }]);
    expect(validateMonthRange('2026-12', '2026-11')).toEqual([{ rule: 'endsBeforeStart', field: 'toMonth' }]);
    expect(validateMonthRange('2025-01', '2027-01')).toEqual([{ rule: 'outOfRange', field: 'toMonth', params: { max: 24 } }]);
  });

  it('group by business-time months: a call at 07:00 on 1 December in Shanghai is December’s', () => {
    expect(monthBoundaries(['2026-11', '2026-12'], 'Asia/Shanghai').map((d) => d.toISOString())).toEqual([
      '2026-10-31T16:00:00.000Z',
      '2026-11-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
    ]);
  });

  it('count the answers and average the scores', () => {
    expect(satisfactionCounts({ satisfied: '3', average: 1, unsatisfied: '0', scoreSum: '17', scored: '4' })).toEqual({ satisfied: 3, average: 1, unsatisfied: 0, meanScore: 4.25 });
    expect(satisfactionCounts({ satisfied: 0, average: 0, unsatisfied: 0, scoreSum: null, scored: 0 }).meanScore).toBeNull();
  });
});
