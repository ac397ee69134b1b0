import { describe, expect, it } from 'vitest';
import { CALENDAR_2026, DAY_SHIFT, NIGHT_SHIFT, at, person } from './scheduling.fixtures';
import { DEFAULT_SCHEDULING_POLICY } from './scheduling.policy';
import { placeShift } from './shift-time';
import { type SwapSide, type SwapToCheck, checkSwap, swapDecisions } from './swap.rules';

const TZ = 'Asia/Shanghai';
const day = (date: string) => placeShift(`d${date}`, date, DAY_SHIFT, TZ);
const night = (date: string) => placeShift(`n${date}`, date, NIGHT_SHIFT, TZ);

function side(id: string, shift = day('2026-11-10'), extra: Partial<SwapSide> = {}): SwapSide {
  return { person: person(id), shift, otherShifts: [], otherSwapDates: [], leave: [], worksShift: true, worksOtherShift: false, ...extra };
}

function swap(requester: SwapSide, counterpart: SwapSide, now = at('2026-11-01', '09:00')): SwapToCheck {
  return { requester, counterpart, calendar: CALENDAR_2026, policy: DEFAULT_SCHEDULING_POLICY, now };
}

const rules = (s: SwapToCheck) => checkSwap(s).map((v) => v.rule);

describe('checkSwap', () => {
  it('accepts a plain swap of two day shifts between colleagues of the same job type', () => {
    expect(checkSwap(swap(side('a', day('2026-11-10')), side('b', day('2026-11-12'))))).toEqual([]);
  });

  it('refuses a swap with oneself, and nothing else is checked', () => {
    expect(checkSwap(swap(side('a'), side('a', day('2026-11-12'))))).toEqual([{ rule: 'swapWithSelf', field: 'counterpartId' }]);
  });

  it('needs the same job type and skill levels at most 1 apart', () => {
    const online = side('b', day('2026-11-12'), { person: person('b', { jobType: 'ONLINE' }) });
    expect(rules(swap(side('a'), online))).toEqual(['jobTypeMismatch']);
    const senior = side('b', day('2026-11-12'), { person: person('b', { skillLevel: 5 }) });
    expect(checkSwap(swap(side('a'), senior))).toEqual([{ rule: 'skillGapTooLarge', field: 'counterpartId', params: { gap: 2, max: 1 } }]);
    expect(checkSwap(swap(side('a'), side('b', day('2026-11-12'), { person: person('b', { skillLevel: 4 }) })))).toEqual([]);
  });

  it('allows 2 swaps a month per person, counted in the month of the shift (a boundary: Oct 31 does not count for November)', () => {
    const twoBefore = side('a', day('2026-11-20'), { otherSwapDates: ['2026-10-31', '2026-11-03'] });
    expect(rules(swap(twoBefore, side('b', day('2026-11-24'))))).toEqual([]);
    const third = side('a', day('2026-11-20'), { otherSwapDates: ['2026-11-03', '2026-11-10'] });
    expect(checkSwap(swap(third, side('b', day('2026-11-24'))))).toEqual([{ rule: 'swapLimitReached', params: { staffId: 'a', max: 2, month: '2026-11' } }]);
  });

  it('refuses consecutive swaps: a swapped shift next to another one of the same person', () => {
    expect(rules(swap(side('a', day('2026-11-10'), { otherSwapDates: ['2026-11-09'] }), side('b', day('2026-11-13'))))).toEqual(['consecutiveSwap']);
    expect(rules(swap(side('a', day('2026-11-10'), { otherSwapDates: ['2026-11-08'] }), side('b', day('2026-11-13'))))).toEqual([]);
  });

  it('refuses back-to-back shifts (不允许连班): taking a day shift right after one’s own night', () => {
    // b works the night of Nov 9 (ends 08:00 Nov 10) and would take a's day shift of Nov 10 at 08:00.
    const b = side('b', day('2026-11-12'), { otherShifts: [night('2026-11-09')] });
    expect(checkSwap(swap(side('a', day('2026-11-10')), b))).toEqual([
      { rule: 'backToBackShifts', params: { staffId: 'b', shiftId: 'd2026-11-10', otherShiftId: 'n2026-11-09', minRestHours: 11 } },
    ]);
  });

  it('refuses swaps touching a public holiday, including a holiday on a weekend and the night before one', () => {
    expect(rules(swap(side('a', placeShift('x', '2026-10-03', DAY_SHIFT, TZ)), side('b', day('2026-10-12')), at('2026-09-01', '09:00')))).toEqual(['swapOnPublicHoliday']);
    expect(rules(swap(side('a', night('2026-09-30')), side('b', night('2026-09-27')), at('2026-09-01', '09:00')))).toEqual(['swapOnPublicHoliday']);
    // A make-up Saturday is an ordinary working day.
    expect(rules(swap(side('a', day('2026-10-10')), side('b', day('2026-10-13')), at('2026-09-01', '09:00')))).toEqual([]);
  });

  it('refuses when either person has leave on the swapped or the repaid shift', () => {
    const onLeave = side('b', day('2026-11-12'), { leave: [{ staffId: 'b', start: at('2026-11-10', '12:00'), end: at('2026-11-10', '13:00') }] });
    expect(checkSwap(swap(side('a'), onLeave))).toEqual([{ rule: 'leaveOnSwappedShift', params: { staffId: 'b' } }]);
  });

  it('lists every broken rule at once', () => {
    const a = side('a', day('2026-11-10'), { otherSwapDates: ['2026-11-02', '2026-11-11'] });
    const b = side('b', day('2026-11-10'), { person: person('b', { jobType: 'ONLINE', skillLevel: 1 }), worksShift: false });
    expect(rules(swap(a, b)).sort()).toEqual(['consecutiveSwap', 'jobTypeMismatch', 'sameShift', 'shiftNotWorked', 'skillGapTooLarge', 'swapLimitReached'].sort());
  });

  it('refuses shifts that have started', () => {
    expect(rules(swap(side('a'), side('b', day('2026-11-12')), at('2026-11-10', '08:00')))).toEqual(['shiftStarted']);
  });
});

describe('swapDecisions', () => {
  const pending = { status: 'PENDING_LEADERS', requesterId: 'a', counterpartId: 'b', requesterLeaderId: null, counterpartLeaderId: null };
  const none = { requesterSide: false, counterpartSide: false };

  it('lets the leader of either side approve and reject while their side waits', () => {
    expect(swapDecisions(pending, 'lead1', { requesterSide: true, counterpartSide: false })).toEqual(['approve', 'reject']);
    expect(swapDecisions(pending, 'lead2', { requesterSide: false, counterpartSide: true })).toEqual(['approve', 'reject']);
  });

  it('offers nothing to a leader of another team, to the two people swapping, or once decided', () => {
    expect(swapDecisions(pending, 'lead3', none)).toEqual([]);
    expect(swapDecisions(pending, 'a', { requesterSide: true, counterpartSide: true })).toEqual([]);
    expect(swapDecisions({ ...pending, status: 'APPROVED' }, 'lead1', { requesterSide: true, counterpartSide: false })).toEqual([]);
  });

  it('no second approval of a side already approved, though the leader may still reject', () => {
    expect(swapDecisions({ ...pending, requesterLeaderId: 'lead1' }, 'lead1', { requesterSide: true, counterpartSide: false })).toEqual(['reject']);
    expect(swapDecisions({ ...pending, requesterLeaderId: 'lead1' }, 'lead1', { requesterSide: true, counterpartSide: true })).toEqual(['approve', 'reject']);
  });
});
