import { describe, expect, it } from 'vitest';
import { ROLES } from '../staff/staff.types';
import { acceptsReadReceipts, isNoticeEditable, mayPublishNotices, noticeMachine, noticeNextActions } from './notice.machine';

describe('the notice machine (公告)', () => {
  it('publishes a draft, archives a draft or a published notice, and nothing leaves ARCHIVED', () => {
    expect(noticeMachine.assertTransition('DRAFT', 'publish')).toBe('PUBLISHED');
    expect(noticeMachine.assertTransition('DRAFT', 'archive')).toBe('ARCHIVED');
    expect(noticeMachine.assertTransition('PUBLISHED', 'archive')).toBe('ARCHIVED');
    expect(() => noticeMachine.assertTransition('PUBLISHED', 'publish')).toThrow(/cannot publish from PUBLISHED/);
    expect(noticeMachine.allowedActions('ARCHIVED')).toEqual([]);
  });

  it('lets the manager, the director and the administrator publish; leaders, inspectors and agents only read', () => {
    expect(ROLES.filter(mayPublishNotices)).toEqual(['DEPT_MANAGER', 'CENTER_DIRECTOR', 'ADMIN']);
    expect(noticeNextActions('DRAFT', 'SHIFT_LEADER')).toEqual([]);
    expect(noticeNextActions('DRAFT', 'DEPT_MANAGER')).toEqual(['publish', 'archive']);
    expect(noticeNextActions('PUBLISHED', 'ADMIN')).toEqual(['archive']);
  });

  it('changes only drafts and takes read receipts only while published', () => {
    expect(['DRAFT', 'PUBLISHED', 'ARCHIVED'].map((s) => isNoticeEditable(s as 'DRAFT'))).toEqual([true, false, false]);
    expect(['DRAFT', 'PUBLISHED', 'ARCHIVED'].map((s) => acceptsReadReceipts(s as 'DRAFT'))).toEqual([false, true, false]);
  });
});
