import { describe, expect, it } from 'vitest';
import { complaintNumber, complaintNumberDay, normalizeComplaintNumber, numberInOrder } from './complaint.number';

describe('complaint numbers (投诉编号)', () => {
  it('writes the business day and a four-digit sequence, longer past 9999', () => {
    expect(complaintNumber('2026-12-01', 42)).toBe('TS-20261201-0042');
    expect(complaintNumber('2026-12-01', 12345)).toBe('TS-20261201-12345');
    expect(() => complaintNumber('2026-12-01', 0)).toThrow();
    expect(() => complaintNumber('20261201', 1)).toThrow();
  });

  it('numbers by the business day, not the UTC one: 23:30 UTC is the next morning in Shanghai', () => {
    expect(complaintNumberDay(new Date('2026-11-30T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(complaintNumberDay(new Date('2026-11-30T23:30:00Z'), 'UTC')).toBe('2026-11-30');
  });

  it('recognises a whole number however it is typed, and nothing else', () => {
    expect(normalizeComplaintNumber(' ts20261201-0042 ')).toBe('TS-20261201-0042');
    expect(normalizeComplaintNumber('TS-20261201-0042')).toBe('TS-20261201-0042');
    expect(normalizeComplaintNumber('0042')).toBeNull();
    expect(normalizeComplaintNumber('空调不制冷')).toBeNull();
  });

  it('numbers existing complaints per day in order of registration, and says where each day stopped', () => {
    const at = (iso: string) => new Date(iso);
    const { numbers, lastByDay } = numberInOrder(
      [
        { id: 'c', registeredAt: at('2026-12-01T05:00:00Z') },
        { id: 'a', registeredAt: at('2026-12-01T01:00:00Z') },
        { id: 'b', registeredAt: at('2026-12-01T01:00:00Z') },
        { id: 'd', registeredAt: at('2026-12-01T17:00:00Z') },
      ],
      'Asia/Shanghai',
    );
    expect(Object.fromEntries(numbers)).toEqual({ a: 'TS-20261201-0001', b: 'TS-20261201-0002', c: 'TS-20261201-0003', d: 'TS-20261202-0001' });
    expect(Object.fromEntries(lastByDay)).toEqual({ '2026-12-01': 3, '2026-12-02': 1 });
  });
});
