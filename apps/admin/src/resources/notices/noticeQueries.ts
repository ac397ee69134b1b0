import { gql } from '@apollo/client';
import type { ArchiveNoticeMutation, MarkNoticeReadMutation, NoticeReceiptsQuery, PublishNoticeMutation, UnreadNoticesQuery } from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type UnreadNotices = UnreadNoticesQuery['notices'];
export type NoticeReceipts = NonNullable<NonNullable<NoticeReceiptsQuery['notice']>['receiptProgress']>;

/** 未读公告: the viewer's unread published notices, pinned first (the banner at sign-in). */
export const UNREAD_NOTICES = gql`
  query unreadNotices {
    notices(filter: { awaitingMe: true }, page: { limit: 5 }) { total items { id version kind title body pinned publishedAt } }
  }
`;

export const MARK_NOTICE_READ = gql`
  mutation markNoticeRead($id: ID!) {
    markNoticeRead(id: $id) { id version readAt }
  }
`;

/** 签收情况: react-admin's getOne reads the counts, not the people. */
export const NOTICE_RECEIPTS = gql`
  query noticeReceipts($id: ID!) {
    notice(id: $id) {
      id
      receiptProgress { expected read percent receipts { readAt staff { id name } } notYet { id name } }
    }
  }
`;

export const PUBLISH_NOTICE = gql`
  mutation publishNotice($id: ID!, $version: Int!) {
    publishNotice(id: $id, version: $version) { id version status publishedAt readAt availableActions }
  }
`;

export const ARCHIVE_NOTICE = gql`
  mutation archiveNotice($id: ID!, $version: Int!) {
    archiveNotice(id: $id, version: $version) { id version status availableActions }
  }
`;

export interface NoticeMethods {
  unreadNotices(): Promise<UnreadNotices>;
  markNoticeRead(id: string): Promise<MarkNoticeReadMutation['markNoticeRead']>;
  noticeReceipts(id: string): Promise<NoticeReceipts | null>;
  publishNotice(id: string, version: number): Promise<PublishNoticeMutation['publishNotice']>;
  archiveNotice(id: string, version: number): Promise<ArchiveNoticeMutation['archiveNotice']>;
}

export function noticeMethods(run: Run): NoticeMethods {
  return {
    unreadNotices: async () => (await run<UnreadNoticesQuery>('query', UNREAD_NOTICES)).notices,
    markNoticeRead: async (id) => (await run<MarkNoticeReadMutation>('mutation', MARK_NOTICE_READ, { id })).markNoticeRead,
    noticeReceipts: async (id) => (await run<NoticeReceiptsQuery>('query', NOTICE_RECEIPTS, { id })).notice?.receiptProgress ?? null,
    publishNotice: async (id, version) => (await run<PublishNoticeMutation>('mutation', PUBLISH_NOTICE, { id, version })).publishNotice,
    archiveNotice: async (id, version) => (await run<ArchiveNoticeMutation>('mutation', ARCHIVE_NOTICE, { id, version })).archiveNotice,
  };
}
