import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/calendar.rules';
import { callListStartDate, planCallList, validateCallListPlan } from './follow-up.call-list';
import { calendar } from './follow-up.fixtures';

describe('call lists (外呼任务)', () => {
  it('deal the customers to the agents in turn, a daily quota each, on working days only', () => {
    const plan = planCallList(['c1', 'c2', 'c3', 'c4', 'c5'], ['a', 'b'], 2, '2026-09-30', calendar);
    expect(plan).toEqual([
      { customerId: 'c1', agentId: 'a', date: '2026-09-30' },
      { customerId: 'c2', agentId: 'b', date: '2026-09-30' },
      { customerId: 'c3', agentId: 'a', date: '2026-09-30' },
      { customerId: 'c4', agentId: 'b', date: '2026-09-30' },
      // 国庆 is a holiday: the next working day is 8 October.
      { customerId: 'c5', agentId: 'a', date: '2026-10-08' },
    ]);
  });

  it('never give an agent more than the quota a day, nor more than one call more than a colleague (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 }), (customers, agents, quota) => {
        const customerIds = Array.from({ length: customers }, (_, i) => `c${i}`);
        const agentIds = Array.from({ length: agents }, (_, i) => `a${i}`);
        const plan = planCallList(customerIds, agentIds, quota, '2026-09-25', calendar);
        expect(plan.map((p) => p.customerId)).toEqual(customerIds);
        const perAgent = new Map<string, number>();
        const perAgentDay = new Map<string, number>();
        for (const entry of plan) {
          expect(isWorkingDay(entry.date, calendar)).toBe(true);
          perAgent.set(entry.agentId, (perAgent.get(entry.agentId) ?? 0) + 1);
          const key = `${entry.agentId}|${entry.date}`;
          perAgentDay.set(key, (perAgentDay.get(key) ?? 0) + 1);
        }
        const counts = [...perAgent.values()];
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect(Math.max(...perAgentDay.values())).toBeLessThanOrEqual(quota);
      }),
      { numRuns: 200 },
    );
  });

  it('need customers, agents (each once) and a quota of 1-500', () => {
    expect(validateCallListPlan(10, ['a'], 20)).toEqual([]);
    expect(validateCallListPlan(0, [], 0)).toEqual([
      { rule: 'noCustomers', field: 'filter' },
      { rule: 'required', field: 'agentIds' },
      { rule: 'outOfRange', field: 'dailyQuota', params: { min: 1, max: 500 } },
    ]);
    expect(validateCallListPlan(20_001, ['a', 'a'], 10)).toEqual([
      { rule: 'tooMany', field: 'filter', params: { max: 20_000 } },
      { rule: 'duplicate', field: 'agentIds' },
    ]);
  });
});

describe('the first calling day of a launch', () => {
  const policy = { workdayWindows: [[9 * 60, 12 * 60], [14 * 60, 18 * 60]] as [number, number][] };
  const at = (time: string) => new Date(`2026-12-09T${time}:00+08:00`);

  it('is today while today’s calling hours last, tomorrow after them', () => {
    expect(callListStartDate(null, at('17:59'), 'Asia/Shanghai', policy)).toEqual({ startDate: '2026-12-09', violations: [] });
    expect(callListStartDate(undefined, at('18:00'), 'Asia/Shanghai', policy)).toEqual({ startDate: '2026-12-10', violations: [] });
  });

  it('is the date given, which may be today but not before', () => {
    expect(callListStartDate('2026-12-09', at('20:00'), 'Asia/Shanghai', policy)).toEqual({ startDate: '2026-12-09', violations: [] });
    expect(callListStartDate('2026-12-08', at('08:00'), 'Asia/Shanghai', policy).violations).toEqual([{ rule: 'beforeToday', field: 'startDate' }]);
  });
});
