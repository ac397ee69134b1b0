import { describe, expect, it } from 'vitest';
import { checkCustomerMerge, checkMergeUndo, duplicateReasons } from './customer.merge';

describe('duplicate customers', () => {
  const existing = { name: '王建国', company: '杭州华联商贸有限公司', phone: '13800138000' };
  it('the same phone, however it is written', () => {
    expect(duplicateReasons({ phone: '138-0013 8000' }, existing)).toEqual(['PHONE']);
    expect(duplicateReasons({ phone: '138' }, { ...existing, phone: '138' })).toEqual([]);
  });
  it('the same name and company, both given', () => {
    expect(duplicateReasons({ name: ' 王建国 ', company: '杭州华联商贸有限公司' }, existing)).toEqual(['NAME_AND_COMPANY']);
    expect(duplicateReasons({ name: '王建国' }, existing)).toEqual([]);
    expect(duplicateReasons({ name: '王建国', company: '杭州华联商贸有限公司', phone: '13800138000' }, existing)).toEqual(['PHONE', 'NAME_AND_COMPANY']);
  });
});

describe('merging customers', () => {
  it('needs two different live customers', () => {
    expect(checkCustomerMerge({ id: 'a', archivedAt: null }, { id: 'a', archivedAt: null })).toEqual([{ rule: 'sameCustomer', field: 'targetId' }]);
    expect(checkCustomerMerge({ id: 'a', archivedAt: new Date() }, { id: 'b', archivedAt: null })).toEqual([{ rule: 'notFound', field: 'sourceId' }]);
    expect(checkCustomerMerge({ id: 'a', archivedAt: null }, { id: 'b', archivedAt: null })).toEqual([]);
  });
  it('is undone the same business day only, once', () => {
    const mergedAt = new Date('2026-12-01T15:00:00Z'); // 23:00 in Shanghai
    expect(checkMergeUndo({ mergedAt, undoneAt: null }, new Date('2026-12-01T15:59:00Z'), 'Asia/Shanghai')).toEqual([]);
    expect(checkMergeUndo({ mergedAt, undoneAt: null }, new Date('2026-12-01T16:00:00Z'), 'Asia/Shanghai')).toEqual([{ rule: 'mergeUndoExpired', params: { day: '2026-12-01' } }]);
    expect(checkMergeUndo({ mergedAt, undoneAt: new Date() }, mergedAt, 'Asia/Shanghai')).toEqual([{ rule: 'mergeAlreadyUndone' }]);
  });
});
