import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 统一答复口径: the agreed answers by topic. */
export const standardAnswerMessages = {
  resources: {
    standardAnswers: {
      name: '统一答复口径',
      fields: { ...commonFields['zh-CN'], topic: '主题', question: '客户问题', answer: '答复口径', revision: '版本号', q: '搜索', author: '审定人' },
    },
  },
} satisfies MessageTree;
