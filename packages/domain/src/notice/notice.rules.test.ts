import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseSourceViolations,
  receiptProgress,
  SCRUBBED,
  scrubContactDetails,
  validateCaseStudy,
  validateNotice,
  validateStandardAnswer,
} from './notice.rules';

describe('notice, standard answer and case validation', () => {
  it('requires kind, title and body of a new notice, within limits and with a known kind', () => {
    expect(validateNotice({ kind: 'OFFER', title: '双十一优惠', body: '全场九折' }, 'create')).toEqual([]);
    expect(validateNotice({}, 'create').map((v) => `${v.field}:${v.rule}`)).toEqual(['kind:required', 'title:required', 'body:required']);
    expect(validateNotice({ kind: 'GOSSIP', title: '好'.repeat(101), body: ' ' }, 'create').map((v) => `${v.field}:${v.rule}`)).toEqual([
      'kind:invalidChoice',
      'title:tooLong',
      'body:required',
    ]);
  });

  it('lets an update leave fields out but not clear them', () => {
    expect(validateNotice({ title: '新标题' }, 'update')).toEqual([]);
    expect(validateNotice({ title: null, body: '' }, 'update').map((v) => `${v.field}:${v.rule}`)).toEqual(['title:required', 'body:required']);
  });

  it('counts 4-byte characters as one when checking lengths', () => {
    expect(validateStandardAnswer({ topic: '𠮷'.repeat(30), question: '问', answer: '答' }, 'create')).toEqual([]);
    expect(validateStandardAnswer({ topic: '𠮷'.repeat(31), question: '问', answer: '答' }, 'create')).toEqual([
      { rule: 'tooLong', field: 'topic', params: { max: 30 } },
    ]);
  });

  it('requires every part of a case: title, facts, handling, lesson', () => {
    expect(validateCaseStudy({ title: 't', facts: 'f', handling: 'h' }, 'create')).toEqual([{ rule: 'required', field: 'lesson' }]);
  });

  it('turns only closed complaints (handled or rejected) into cases', () => {
    expect(caseSourceViolations('CLOSED')).toEqual([]);
    expect(caseSourceViolations('REJECTED')).toEqual([]);
    expect(caseSourceViolations('FOLLOW_UP')).toEqual([{ rule: 'complaintNotClosed', field: 'complaintId', params: { status: 'FOLLOW_UP' } }]);
  });
});

describe('scrubContactDetails (保密)', () => {
  it('removes phones, landlines, e-mail addresses and the given names, longest name first', () => {
    const text = '张伟明（电话 138-1234-5678，座机 (021) 6123 4567，zhang.wm@example.com）称上海明达物流公司多收了 200 元';
    expect(scrubContactDetails(text, ['张伟明', '张伟', '上海明达物流公司'])).toBe(
      `客户（电话 ${SCRUBBED}，座机 ${SCRUBBED}，${SCRUBBED}）称客户多收了 200 元`,
    );
  });

  it('hides a given detail such as the address as it stands', () => {
    expect(scrubContactDetails('送货到上海市浦东新区张江路 88 号时损坏', [], ['上海市浦东新区张江路 88 号'])).toBe(`送货到${SCRUBBED}时损坏`);
  });

  it('keeps the bracket a number is written in', () => {
    expect(scrubContactDetails('客户（13912345678，另有座机）')).toBe(`客户（${SCRUBBED}，另有座机）`);
  });

  it('keeps short numbers: amounts, dates, counts', () => {
    expect(scrubContactDetails('2026-11-03 退款 1200 元，批号 A2024')).toBe('2026-11-03 退款 1200 元，批号 A2024');
  });

  it('ignores one-character names (a bare 张 would blank every 张)', () => {
    expect(scrubContactDetails('张经理已回电', ['张', null, ''])).toBe('张经理已回电');
  });

  it('property: no mainland mobile survives, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^1[3-9][0-9]{9}$/), fc.string(), (before, mobile, after) => {
        expect(scrubContactDetails(`${before} ${mobile} ${after}`)).not.toContain(mobile);
      }),
    );
  });
});

describe('receiptProgress', () => {
  it('counts readers among the expected ones only, to one decimal', () => {
    expect(receiptProgress(['a', 'b', 'c'], ['a', 'x'])).toEqual({ expected: 3, read: 1, percent: 33.3 });
    expect(receiptProgress([], ['x'])).toEqual({ expected: 0, read: 0, percent: 100 });
  });
});
