import { commonFields } from '../../i18n/commonFields';
import { folderMessages } from '../../i18n/folderMessages';

/** Interactions (服务记录): resource and field names. */
export const interactionMessages = folderMessages(
  {
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
  },
  {
    resources: {
      interactions: {
        name: 'Interaction |||| Interactions',
        fields: {
          ...commonFields.en,
          customerId: 'Customer',
          contactId: 'Contact',
          staffId: 'Staff',
          channel: 'Channel',
          direction: 'Direction',
          summary: 'Summary',
          outcome: 'Outcome',
          occurredAt: 'Occurred at',
          q: 'Search',
        },
      },
    },
  },
);
