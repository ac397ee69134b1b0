import { describe, expect, it } from 'vitest';
import { buildMonthlyReport, type MonthlyReportInput, mayCorrectReport, reportForAgent } from './monthly-report';
import { MONTHLY_REPORT_SECTIONS } from './report.types';

const none = { current: [], previousMonth: [], lastYear: [] };
const input: MonthlyReportInput = {
  period: { from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', month: '2026-11' },
  categories: [
    { id: 'q', name: '质量' },
    { id: 'p', name: '价格' },
  ],
  received: {
    current: [
      { category: 'q', count: 3 },
      { category: 'p', count: 1 },
    ],
    previousMonth: [{ category: 'q', count: 2 }],
    lastYear: [{ category: 'p', count: 2 }],
  },
  resolved: none,
  resolutions: [
    { categoryId: 'q', severity: 'LOW', hours: 2, onTime: true },
    { categoryId: 'q', severity: 'HIGH', hours: 10, onTime: false },
    { categoryId: 'p', severity: 'LOW', hours: 4, onTime: true },
  ],
  openOverdue: [{ category: 'p', count: 1 }],
  escalations: { current: { 1: 2 }, previousMonth: { 1: 1 }, lastYear: {} },
  urges: { current: 3, previousMonth: 4, lastYear: 0 },
  followUps: { due: 4, done: 3, overdue: 1, feedback: { SATISFIED: 2, UNSATISFIED: 1 } },
  quality: { evaluated: 0, averageScore: null, violations: [] },
  workload: [
    { staffId: 'a', name: '王芳', interactions: 5, received: 3, resolved: 2, followUpsDone: 1 },
    { staffId: 'b', name: '李娜', interactions: 7, received: 1, resolved: 1, followUpsDone: 2 },
  ],
  notable: [],
  labels: {
    total: '合计',
    severity: { LOW: '一般', HIGH: '严重' },
    level: { 1: '班长', 2: '主任' },
    satisfaction: { SATISFIED: '满意', AVERAGE: '一般', UNSATISFIED: '不满意' },
    followUp: { due: '应回访', done: '已回访', overdue: '超时' },
  },
};

describe('the monthly report’s sections', () => {
  const tables = buildMonthlyReport(input);
  const values = (section: string) => Object.fromEntries(tables.find((t) => t.section === section)!.rows.map((r) => [r.key ?? 'TOTAL', r.values]));

  it('lists every section in order, also the empty ones', () => {
    expect(tables.map((t) => t.section)).toEqual([...MONTHLY_REPORT_SECTIONS]);
    expect(values('NOTABLE_CASES')).toEqual({});
  });

  it('counts by category with share and the changes against last month and last year', () => {
    expect(values('COMPLAINTS_BY_CATEGORY')).toEqual({
      q: [3, 75, 50, null, 0, null, null, null],
      p: [1, 25, null, -50, 0, null, null, null],
      TOTAL: [4, 100, 100, 100, 0, null, null, null],
    });
  });

  it('gives the median and 90th percentile by category and severity, and deadline compliance', () => {
    expect(values('TIME_TO_RESOLUTION')).toEqual({ p: [1, 4, 4], q: [2, 2, 10], LOW: [2, 2, 4], HIGH: [1, 10, 10], TOTAL: [3, 4, 10] });
    expect(values('DEADLINE_COMPLIANCE')).toEqual({ p: [1, 1, 0, 100, 1], q: [2, 1, 1, 50, 0], TOTAL: [3, 2, 1, 66.7, 1] });
  });

  it('links each figure to exactly its complaints: the team, received or closed within the month', () => {
    const teamTables = buildMonthlyReport({ ...input, period: { ...input.period, teamId: 't1' } });
    const linkOf = (section: string, key: string | null) => teamTables.find((t) => t.section === section).rows.find((r) => r.key === key)!.link;
    const month = { from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' };
    expect(linkOf('COMPLAINTS_BY_CATEGORY', 'q')).toEqual({ route: '/complaints', filter: { teamId: 't1', receivedAtFrom: month.from, receivedAtTo: month.to, categoryId: 'q' } });
    expect(linkOf('TIME_TO_RESOLUTION', 'HIGH')).toEqual({ route: '/complaints', filter: { teamId: 't1', closedAtFrom: month.from, closedAtTo: month.to, severity: ['HIGH'] } });
    expect(linkOf('DEADLINE_COMPLIANCE', null)).toEqual({ route: '/complaints', filter: { teamId: 't1', closedAtFrom: month.from, closedAtTo: month.to } });
    const departmentTotal = tables.find((t) => t.section === 'TIME_TO_RESOLUTION')?.rows.at(-1);
    expect(departmentTotal?.link?.filter).not.toHaveProperty('teamId');
  });

  it('compares escalations and urges, shares the answers', () => {
    expect(values('ESCALATIONS')).toEqual({ '1': [2, 100, null], TOTAL: [2, 100, null] });
    expect(values('URGES')).toEqual({ TOTAL: [3, -25, null] });
    expect(values('SATISFACTION')).toMatchObject({
      SATISFIED: [2, 66.7],
      AVERAGE: [0, 0],
      UNSATISFIED: [1, 33.3],
      due: [4, null],
      done: [3, 75],
      overdue: [1, 25],
    });
  });

  it('shows an agent only their own workload row', () => {
    expect(values('WORKLOAD')).toEqual({ b: [7, 1, 1, 2], a: [5, 3, 2, 1], TOTAL: [12, 4, 3, 3] });
    const mine = reportForAgent(tables, 'a').find((t) => t.section === 'WORKLOAD')!;
    expect(mine.rows.map((r) => r.key)).toEqual(['a']);
  });

  it('is corrected only from the newest signed version, by whoever writes reports', () => {
    expect(mayCorrectReport('SIGNED', 'SHIFT_LEADER', false)).toBe(true);
    expect(mayCorrectReport('SIGNED', 'SHIFT_LEADER', true)).toBe(false);
    expect(mayCorrectReport('SUBMITTED', 'DEPT_MANAGER', false)).toBe(false);
    expect(mayCorrectReport('SIGNED', 'AGENT', false)).toBe(false);
  });
});
