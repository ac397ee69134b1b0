import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { noticeMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const noticeMessagesEn: Widen<typeof noticeMessages> = {
  resources: {
    notices: {
      name: 'Notice |||| Notices',
      fields: {
        ...commonFields.en,
        kind: 'Kind',
        title: 'Title',
        body: 'Text',
        status: 'Status',
        pinned: 'Pinned',
        publishedAt: 'Published',
        readAt: 'I read it at',
        q: 'Search',
        awaitingMe: 'Unread only',
        author: 'Written by',
      },
    },
  },
  app: {
    notice: {
      unread: 'You have %{count} unread notice(s)',
      markRead: 'I have read it',
      read: 'Read',
      publish: 'Publish',
      archive: 'Archive',
      published: 'Notice published',
      archived: 'Notice archived',
      receipts: 'Read receipts',
      progress: 'Read by %{read} of %{expected} (%{percent}%)',
      readers: 'Read',
      notYet: 'Not yet read',
      nobody: 'Nobody',
    },
  },
};
