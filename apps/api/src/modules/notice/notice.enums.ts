import { NOTICE_KINDS, NOTICE_STATUSES, NOTICE_STEPS, stepNames } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const NoticeKindEnum = graphqlEnum(NOTICE_KINDS, 'NoticeKind', 'What a notice (公告) is about', 'noticeKind');
export const NoticeStatusEnum = graphqlEnum(
  NOTICE_STATUSES,
  'NoticeStatus',
  'Where a notice stands: a draft, published to everyone, or archived',
  'noticeStatus',
);
/** One value per step mutation (the domain's NOTICE_STEPS). */
export const NoticeActionEnum = graphqlEnum(stepNames(NOTICE_STEPS), 'NoticeAction', 'A step of a notice: each value is one mutation', {
  PUBLISH: 'Publish (发布): publishNotice',
  ARCHIVE: 'Archive (归档): archiveNotice',
});
