import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryBreakdown, changePercent, percentile, sharePercent } from './report.figures';

describe('report arithmetic', () => {
  it('shares and changes in percent, one decimal; nothing to compare with is null, not 0 or ∞', () => {
    expect(sharePercent(626, 1000)).toBe(62.6);
    expect(sharePercent(0, 0)).toBeNull();
    expect(changePercent(45, 40)).toBe(12.5);
    expect(changePercent(30, 40)).toBe(-25);
    expect(changePercent(0, 40)).toBe(-100);
    expect(changePercent(5, 0)).toBeNull();
  });

  it('percentiles by nearest rank: the median and the 90th are values that occurred', () => {
    const hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(hours, 50)).toBe(5);
    expect(percentile(hours, 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('property: a percentile lies between the smallest and largest value and grows with p', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 99 }), (values, p) => {
        const at = percentile(values, p) as number;
        expect(values).toContain(at);
        expect(at).toBeLessThanOrEqual(percentile(values, p + 1) as number);
      }),
    );
  });
});

describe('complaints by category (the national table’s layout)', () => {
  const november = [
    { category: '质量', count: 626 },
    { category: '合同', count: 107 },
    { category: '价格', count: 65 },
    { category: '售后服务', count: 202 },
  ];
  const october = [
    { category: '质量', count: 600 },
    { category: '合同', count: 120 },
    { category: '价格', count: 65 },
    { category: '计量', count: 12 },
  ];
  const lastNovember = [{ category: '质量', count: 700 }];

  it('gives count, share and the change against the previous month and last year, largest first', () => {
    const rows = categoryBreakdown(november, october, lastNovember);
    expect(rows.slice(0, 2)).toEqual([
      { category: '质量', count: 626, share: 62.6, changeVsPreviousMonth: 4.3, changeVsLastYear: -10.6 },
      { category: '售后服务', count: 202, share: 20.2, changeVsPreviousMonth: null, changeVsLastYear: null },
    ]);
    expect(rows.find((row) => row.category === '合同')).toMatchObject({ share: 10.7, changeVsPreviousMonth: -10.8 });
  });

  it('keeps a category that fell to none: a fall to zero is news (不能只报喜不报忧)', () => {
    expect(categoryBreakdown(november, october, lastNovember).at(-1)).toEqual({ category: '计量', count: 0, share: 0, changeVsPreviousMonth: -100, changeVsLastYear: null });
  });

  it('property: the shares of a month add up to 100 within rounding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const rows = categoryBreakdown(counts.map((count, i) => ({ category: `C${i}`, count })), [], []);
        const total = rows.reduce((sum, row) => sum + (row.share ?? 0), 0);
        expect(Math.abs(total - 100)).toBeLessThanOrEqual(0.05 * rows.length + 1e-9);
      }),
    );
  });
});
