import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSettingChange } from '../setting/settings';
import {
  changedSince,
  enabledErrorReasons,
  pendingChangeMachine,
  pendingChangeNextActions,
  reviewStepViolations,
  sensitiveFields,
  splitSensitiveChanges,
  validateRejection,
} from './review.rules';
import { median, operatorReviewStats } from './review.stats';

const settings = defaultSettings();

describe('sensitive fields (复核)', () => {
  it('are the customer tier and phone, the contract amount and dates by default', () => {
    expect(sensitiveFields(settings, 'customer')).toEqual(['tier', 'phone']);
    expect(sensitiveFields(settings, 'contract')).toEqual(['amount', 'startDate', 'endDate']);
  });

  it('follow the administrator: a field switched on or off changes the split', () => {
    const custom = { ...settings, 'review.sensitive.customer.tier': 0, 'review.sensitive.customer.name': 1 };
    expect(sensitiveFields(custom, 'customer')).toEqual(['phone', 'name']);
  });

  it('hold only sensitive fields whose value really changes', () => {
    const current: Record<string, unknown> = { tier: 'C', phone: '13812345678', notes: null };
    const next = { tier: 'A', phone: '13812345678', notes: '重点跟进' };
    expect(splitSensitiveChanges(settings, 'customer', current, next, ['tier', 'phone', 'notes'])).toEqual({
      direct: ['phone', 'notes'],
      held: [{ field: 'tier', oldValue: 'C', newValue: 'A' }],
    });
  });

  it('notice a field changed since the change was submitted', () => {
    const changes = [{ field: 'tier', oldValue: 'C', newValue: 'A' }, { field: 'phone', oldValue: null, newValue: '13900000000' }];
    expect(changedSince(changes, { tier: 'C', phone: null })).toEqual([]);
    expect(changedSince(changes, { tier: 'B', phone: null })).toEqual(['tier']);
  });
});

describe('who decides', () => {
  const submitter = 'staff-1';
  it('never the person who submitted the change', () => {
    expect(reviewStepViolations('APPROVE', { id: submitter, role: 'DEPT_MANAGER' }, submitter)).toEqual([{ rule: 'noSelfReview' }]);
    expect(reviewStepViolations('REJECT', { id: submitter, role: 'DEPT_MANAGER' }, submitter)).toEqual([{ rule: 'noSelfReview' }]);
    expect(reviewStepViolations('APPROVE', { id: 'staff-2', role: 'DEPT_MANAGER' }, submitter)).toEqual([]);
  });

  it('only the submitter withdraws', () => {
    expect(reviewStepViolations('WITHDRAW', { id: 'staff-2', role: 'DEPT_MANAGER' }, submitter)).toEqual([{ rule: 'onlySubmitterWithdraws' }]);
  });

  it('offers each person only the steps they may take, and none once decided', () => {
    expect(pendingChangeNextActions('PENDING', { id: submitter, role: 'AGENT' }, submitter)).toEqual(['WITHDRAW']);
    expect(pendingChangeNextActions('PENDING', { id: 'staff-2', role: 'SHIFT_LEADER' }, submitter)).toEqual(['APPROVE', 'REJECT']);
    expect(pendingChangeNextActions('PENDING', { id: 'staff-3', role: 'AGENT' }, submitter)).toEqual([]);
    expect(pendingChangeNextActions('PENDING', { id: 'staff-4', role: 'QA_INSPECTOR' }, submitter)).toEqual([]);
    expect(pendingChangeNextActions('APPROVED', { id: 'staff-2', role: 'DEPT_MANAGER' }, submitter)).toEqual([]);
    expect(() => pendingChangeMachine.assertTransition('REJECTED', 'APPROVE')).toThrow(/cannot APPROVE from REJECTED/);
  });
});

describe('error reasons', () => {
  it('come from the configured list only', () => {
    const fewer = { ...settings, 'review.reason.OTHER': 0 };
    expect(enabledErrorReasons(fewer)).not.toContain('OTHER');
    expect(validateRejection(fewer, { reason: 'OTHER' })).toEqual([{ rule: 'reasonNotOffered', field: 'reason', params: { reason: 'OTHER' } }]);
    expect(validateRejection(fewer, { reason: 'WRONG_VALUE', note: '分级依据不足' })).toEqual([]);
    expect(validateRejection(fewer, { reason: 'WRONG_VALUE', note: '长'.repeat(501) })).toEqual([{ rule: 'tooLong', field: 'note', params: { max: 500 } }]);
  });

  it('keep at least one reason switched on', () => {
    const onlyOne = { ...settings, 'review.reason.WRONG_VALUE': 0, 'review.reason.NO_EVIDENCE': 0, 'review.reason.WRONG_RECORD': 0, 'review.reason.NOT_AUTHORIZED': 0, 'review.reason.DUPLICATE': 0 };
    expect(validateSettingChange('review.reason.OTHER', 0, onlyOne)).toEqual([{ rule: 'noneLeft', field: 'value' }]);
  });
});

describe('statistics per operator', () => {
  const at = (iso: string) => new Date(iso);
  const facts = [
    // 2026-11-30 16:30 UTC is 00:30 on 1 December in Shanghai: the day and month are the zone's
    { submittedById: 'a', submittedAt: at('2026-11-30T16:30:00Z'), status: 'APPROVED' as const, decidedAt: at('2026-11-30T17:30:00Z') },
    { submittedById: 'a', submittedAt: at('2026-12-01T01:00:00Z'), status: 'REJECTED' as const, decidedAt: at('2026-12-01T01:30:00Z') },
    { submittedById: 'a', submittedAt: at('2026-12-01T02:00:00Z'), status: 'APPROVED' as const, decidedAt: at('2026-12-01T04:00:00Z') },
    { submittedById: 'a', submittedAt: at('2026-12-01T03:00:00Z'), status: 'WITHDRAWN' as const, decidedAt: at('2026-12-01T03:05:00Z') },
    { submittedById: 'b', submittedAt: at('2026-12-01T03:00:00Z'), status: 'PENDING' as const, decidedAt: null },
  ];

  it('count changes, rejections, the error rate and cycle times per day', () => {
    const days = operatorReviewStats(facts, 'DAY', 'Asia/Shanghai');
    expect(days.map((d) => [d.period, d.operatorId, d.submitted])).toEqual([['2026-12-01', 'a', 4], ['2026-12-01', 'b', 1]]);
    expect(days[0]).toMatchObject({ approved: 2, rejected: 1, withdrawn: 1, errorRate: 0.3333, medianCycleMinutes: 60, averageCycleMinutes: 70 });
    expect(days[1]).toMatchObject({ pending: 1, errorRate: null, medianCycleMinutes: null, averageCycleMinutes: null });
  });

  it('group by month in the department zone', () => {
    const utc = operatorReviewStats(facts, 'MONTH', 'UTC');
    expect(utc.map((m) => [m.period, m.operatorId, m.submitted])).toEqual([['2026-11', 'a', 1], ['2026-12', 'a', 3], ['2026-12', 'b', 1]]);
  });

  it('take the median as the middle value', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
