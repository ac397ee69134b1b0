import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 公告: the board, its forms, the receipts and the unread banner shown at sign-in. */
export const noticeMessages = {
  resources: {
    notices: {
      name: '公告',
      fields: {
        ...commonFields['zh-CN'],
        kind: '类型',
        title: '标题',
        body: '正文',
        status: '状态',
        pinned: '置顶',
        publishedAt: '发布时间',
        readAt: '我的签收时间',
        q: '搜索',
        awaitingMe: '只看未读',
        author: '撰写人',
      },
    },
  },
  app: {
    notice: {
      unread: '您有 %{count} 条未读公告',
      markRead: '已阅读',
      read: '已签收',
      publish: '发布',
      archive: '归档',
      published: '公告已发布',
      archived: '公告已归档',
      receipts: '签收情况',
      progress: '已签收 %{read} / %{expected} 人（%{percent}%）',
      readers: '已签收',
      notYet: '未签收',
      nobody: '无',
    },
  },
} satisfies MessageTree;
