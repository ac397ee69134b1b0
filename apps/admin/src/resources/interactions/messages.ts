import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Interactions (服务记录): resource and field names. */
export const interactionMessages = {
  resources: {
    interactions: {
      name: '服务记录',
      fields: {
        ...commonFields['zh-CN'],
        customerId: '客户',
        contactId: '联系人',
        staffId: '经办人',
        channel: '渠道',
        direction: '方向',
        summary: '内容摘要',
        outcome: '处理结果',
        occurredAt: '发生时间',
        q: '搜索',
      },
    },
  },
} satisfies MessageTree;
