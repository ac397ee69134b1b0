import { performance } from 'node:perf_hooks';
import { type BusinessCalendar, checkRoster, DEFAULT_SCHEDULING_POLICY, generateRoster, monthlyWorkload, type RosterInput, type ShiftTypeSpec } from '@sanxin/domain';

/**
 * generateRoster for 30 staff × 31 days × 3 shift types (October 2026, with 国庆), pure domain code:
 * time, fairness (max − min nights, holiday duties, shifts and hours per person) and hard-rule
 * violations, the working-time rules (monthly ceiling, a day off in seven) included.
 * Usage: pnpm --filter @sanxin/domain build && pnpm --filter @sanxin/api build && node apps/api/dist/bench/roster-generator.bench.js
 */
const RUNS = 20;
const calendar: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workdayStartMinute: 510,
  workdayEndMinute: 1050,
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
    { date: '2026-10-10', kind: 'MAKEUP_WORKDAY' as const, name: '国庆节调休上班' },
  ],
};
const shiftTypes: ShiftTypeSpec[] = [
  { id: 'day', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 6 }, { jobType: 'ONLINE', count: 3 }] },
  { id: 'night', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 3 }, { jobType: 'ONLINE', count: 1 }] },
  { id: 'duty', kind: 'HOLIDAY_DUTY', days: 'REST_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 4 }, { jobType: 'ONLINE', count: 2 }] },
];
const input: RosterInput = {
  month: '2026-10',
  calendar,
  shiftTypes,
  staff: Array.from({ length: 30 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, role: i < 2 ? ('SHIFT_LEADER' as const) : ('AGENT' as const), jobType: i % 3 === 2 ? ('ONLINE' as const) : ('PHONE' as const), skillLevel: 1 + (i % 5) })),
  absences: [{ staffId: 's05', start: new Date('2026-10-12T00:00:00+08:00'), end: new Date('2026-10-17T00:00:00+08:00') }],
  fixedShifts: [],
  minRestHours: 11,
  maxConsecutiveNights: 3,
  maxMonthlyHours: DEFAULT_SCHEDULING_POLICY.maxMonthlyHours,
  minDaysOffPerWeek: DEFAULT_SCHEDULING_POLICY.minDaysOffPerWeek,
};

const times: number[] = [];
let roster = generateRoster(input);
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  roster = generateRoster(input);
  times.push(performance.now() - start);
}
const types = new Map(shiftTypes.map((t) => [t.id, t]));
const violations = checkRoster({
  shifts: roster.shifts.map((s) => ({ ...s, minHeadcount: types.get(s.shiftTypeId)?.minHeadcount ?? [] })),
  assignments: roster.shifts.flatMap((s) => s.staffIds.map((staffId) => ({ shiftId: s.shiftId, staffId }))),
  staff: input.staff,
  absences: input.absences,
  minRestHours: input.minRestHours,
  maxConsecutiveNights: input.maxConsecutiveNights,
});
const workingTime = input.staff.flatMap((person) =>
  monthlyWorkload(person, roster.shifts.filter((s) => s.staffIds.includes(person.id)), input.month, calendar, DEFAULT_SCHEDULING_POLICY).violations,
);
const hard = [...violations.filter((v) => v.rule !== 'understaffed'), ...workingTime];
const hours = new Map(input.staff.map((s) => [s.id, 0]));
for (const shift of roster.shifts) for (const id of shift.staffIds) hours.set(id, (hours.get(id) ?? 0) + (shift.end.getTime() - shift.start.getTime()) / 3_600_000);
const hoursOf = (jobType: string) => input.staff.filter((s) => s.jobType === jobType).map((s) => hours.get(s.id) ?? 0);
const hoursSpread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)} h (spread ${Math.max(...values) - Math.min(...values)})`;
times.sort((a, b) => a - b);
console.log(`generateRoster: ${input.staff.length} staff × 31 days × ${shiftTypes.length} shift types, ${roster.shifts.length} shifts, ${RUNS} runs`);
console.log(`time: median ${times[Math.floor(RUNS / 2)].toFixed(1)} ms, max ${times[RUNS - 1].toFixed(1)} ms`);
console.log(`fairness (max − min per person): nights ${roster.fairness.nightSpread}, holiday duties ${roster.fairness.holidayDutySpread}, all shifts ${roster.fairness.shiftSpread}`);
console.log(`hours per person: phone ${hoursSpread(hoursOf('PHONE'))}, online ${hoursSpread(hoursOf('ONLINE'))}`);
console.log(`unmet coverage: ${roster.unmet.length} seats; hard-rule violations (working time included): ${hard.length}`);
if (hard.length > 0 || times[RUNS - 1] > 5000) process.exit(1);
