import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RosterInput, generateRoster } from './roster.generator';
import { checkRoster } from './roster.rules';
import { CALENDAR_2026, DAY_SHIFT, HOLIDAY_DUTY, NIGHT_SHIFT, at, person } from './scheduling.fixtures';
import type { ShiftTypeSpec } from './scheduling.types';
import { placeShift } from './shift-time';

const TYPES = [DAY_SHIFT, NIGHT_SHIFT, HOLIDAY_DUTY];

function input(extra: Partial<RosterInput> = {}): RosterInput {
  return {
    month: '2026-10',
    calendar: CALENDAR_2026,
    shiftTypes: TYPES,
    staff: Array.from({ length: 8 }, (_, i) => person(`p${i}`, { role: i === 0 ? 'SHIFT_LEADER' : 'AGENT', skillLevel: 1 + (i % 5) })),
    absences: [],
    fixedShifts: [],
    minRestHours: 11,
    maxConsecutiveNights: 3,
    ...extra,
  };
}

/** Every hard rule over the generated month plus the fixed shifts around it. */
function hardViolations(roster: ReturnType<typeof generateRoster>, given: RosterInput) {
  const types = new Map(given.shiftTypes.map((t) => [t.id, t]));
  const fixed = given.fixedShifts.map((s) => ({ ...s, shiftId: `fixed/${s.shiftId}/${s.staffId}`, minHeadcount: [] }));
  return checkRoster({
    shifts: [...roster.shifts.map((s) => ({ ...s, minHeadcount: types.get(s.shiftTypeId)?.minHeadcount ?? [] })), ...fixed],
    assignments: [...roster.shifts.flatMap((s) => s.staffIds.map((staffId) => ({ shiftId: s.shiftId, staffId }))), ...fixed.map((s) => ({ shiftId: s.shiftId, staffId: s.staffId }))],
    staff: given.staff,
    absences: given.absences,
    minRestHours: given.minRestHours,
    maxConsecutiveNights: given.maxConsecutiveNights,
  }).filter((v) => v.rule !== 'understaffed');
}

describe('generateRoster', () => {
  it('fills October 2026: day shifts on working days (the make-up Saturday too), holiday duty on 国庆 and weekends', () => {
    const roster = generateRoster(input());
    const kindsOn = (date: string) => roster.shifts.filter((s) => s.date === date).map((s) => s.kind);
    expect(kindsOn('2026-10-03')).toEqual(['HOLIDAY_DUTY', 'NIGHT']); // a holiday on a Saturday
    expect(kindsOn('2026-10-05')).toEqual(['HOLIDAY_DUTY', 'NIGHT']); // a holiday on a Monday
    expect(kindsOn('2026-10-10')).toEqual(['DAY', 'NIGHT']); // a make-up Saturday
    expect(roster.shifts).toHaveLength(62);
    expect(roster.unmet).toEqual([]);
    expect(hardViolations(roster, input())).toEqual([]);
    expect(roster.fairness.nightSpread).toBeLessThanOrEqual(1);
    expect(roster.fairness.holidayDutySpread).toBeLessThanOrEqual(1);
  });

  it('is deterministic: the same input gives the same roster, whatever the order of the staff', () => {
    const a = generateRoster(input());
    const b = generateRoster(input({ staff: [...input().staff].reverse() }));
    expect(b).toEqual(a);
  });

  it('marks the shift leader on duty when one is rostered, else the most skilled member', () => {
    const roster = generateRoster(input());
    for (const shift of roster.shifts) {
      const expected = shift.staffIds.includes('p0') ? 'p0' : [...shift.staffIds].sort((x, y) => Number(y.slice(1)) % 5 - Number(x.slice(1)) % 5 || x.localeCompare(y))[0];
      expect(shift.leaderOnDutyId).toBe(expected);
    }
  });

  it('keeps people on approved leave off, and counts the last nights of the previous month', () => {
    const fixedShifts = ['2026-09-28', '2026-09-29', '2026-09-30'].map((date) => ({ ...placeShift(`n${date}`, date, NIGHT_SHIFT, 'Asia/Shanghai'), staffId: 'p1' }));
    const given = input({ fixedShifts, absences: [{ staffId: 'p2', start: at('2026-10-01', '00:00'), end: at('2026-10-15', '00:00') }] });
    const roster = generateRoster(given);
    expect(hardViolations(roster, given)).toEqual([]);
    const first = roster.shifts.filter((s) => s.date === '2026-10-01');
    expect(first.flatMap((s) => s.staffIds)).not.toContain('p1'); // rest after the Sep 30 night, and a fourth night in a row
    expect(roster.shifts.filter((s) => s.start < at('2026-10-15', '00:00')).flatMap((s) => s.staffIds)).not.toContain('p2');
  });

  it('reports coverage it cannot meet instead of breaking a rule', () => {
    const given = input({ staff: [person('solo')] });
    const roster = generateRoster(given);
    expect(hardViolations(roster, given)).toEqual([]);
    expect(roster.unmet.length).toBeGreaterThan(31);
    // Oct 1: holiday duty until 20:00, so the night from 20:00 has nobody rested enough.
    expect(roster.shifts[0].staffIds).toEqual(['solo']);
    expect(roster.unmet[0]).toEqual({ shiftId: '2026-10-01/night', date: '2026-10-01', shiftTypeId: 'night', jobType: 'PHONE', required: 1, assigned: 0 });
  });

  it('property: never breaks a hard rule, and every seat is either filled or reported', () => {
    const typeArb = fc.record({
      kind: fc.constantFrom('DAY' as const, 'NIGHT' as const, 'HOLIDAY_DUTY' as const),
      days: fc.constantFrom('EVERY_DAY' as const, 'WORKING_DAYS' as const, 'REST_DAYS' as const),
      startMinute: fc.integer({ min: 0, max: 47 }).map((h) => h * 30),
      hours: fc.integer({ min: 4, max: 14 }),
      phone: fc.integer({ min: 0, max: 3 }),
      online: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(typeArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.record({ online: fc.boolean(), leaveDay: fc.option(fc.integer({ min: 1, max: 28 })) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('2026-09', '2026-10', '2027-02'),
        (typeSpecs, staffSpecs, minRestHours, maxConsecutiveNights, month) => {
          const shiftTypes: ShiftTypeSpec[] = typeSpecs.map((t, i) => ({
            id: `t${i}`,
            kind: t.kind,
            days: t.days,
            startMinute: t.startMinute,
            endMinute: (t.startMinute + t.hours * 60) % 1440,
            minHeadcount: [{ jobType: 'PHONE', count: t.phone }, { jobType: 'ONLINE', count: t.online }],
          }));
          const staff = staffSpecs.map((s, i) => person(`s${i}`, { jobType: s.online ? 'ONLINE' : 'PHONE' }));
          const absences = staffSpecs.flatMap((s, i) =>
            s.leaveDay === null ? [] : [{ staffId: `s${i}`, start: at(`${month}-${String(s.leaveDay).padStart(2, '0')}`, '09:00'), end: at(`${month}-${String(s.leaveDay).padStart(2, '0')}`, '18:00') }],
          );
          const given = input({ month, shiftTypes, staff, absences, minRestHours, maxConsecutiveNights });
          const roster = generateRoster(given);
          expect(hardViolations(roster, given)).toEqual([]);
          const missing = roster.unmet.reduce((sum, u) => sum + u.required - u.assigned, 0);
          const required = roster.shifts.reduce((sum, s) => sum + (shiftTypes.find((t) => t.id === s.shiftTypeId)?.minHeadcount.reduce((n, h) => n + h.count, 0) ?? 0), 0);
          expect(roster.shifts.reduce((sum, s) => sum + s.staffIds.length, 0) + missing).toBe(required);
        },
      ),
      { numRuns: 60 },
    );
  });
});
