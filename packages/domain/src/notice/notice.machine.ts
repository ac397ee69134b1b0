import { canAccess } from '../permissions';
import { defineMachine } from '../shared/state-machine';
import type { Role } from '../staff/staff.types';
import type { NoticeAction, NoticeStatus } from './notice.types';

/** DRAFT → PUBLISHED → ARCHIVED; a draft that is not wanted is archived without being published. */
export const noticeMachine = defineMachine<NoticeStatus, NoticeAction>('notice', {
  DRAFT: { publish: 'PUBLISHED', archive: 'ARCHIVED' },
  PUBLISHED: { archive: 'ARCHIVED' },
  ARCHIVED: {},
});

/**
 * Who publishes notices (permissions.ts, `notice:create`): the department manager and the centre
 * director, who decide policy and offers (DOMAIN §1: approval belongs to them), and the administrator
 * for system notices. Shift leaders pass notices on at roll call but do not publish department-wide ones.
 */
export function mayPublishNotices(role: Role): boolean {
  return canAccess(role, 'notice', 'create');
}

export function noticeNextActions(status: NoticeStatus, role: Role): NoticeAction[] {
  return mayPublishNotices(role) ? noticeMachine.allowedActions(status) : [];
}

/** Only a draft's text changes: people who read a published notice must not find it different later (publish a new one). */
export function isNoticeEditable(status: NoticeStatus): boolean {
  return status === 'DRAFT';
}

/** A read receipt is for a published notice: a draft is not out yet, an archived one no longer asks to be read. */
export function acceptsReadReceipts(status: NoticeStatus): boolean {
  return status === 'PUBLISHED';
}
