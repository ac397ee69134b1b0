import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** The assignment history: resource and field names. */
export const customerAssignmentMessages = {
  resources: {
    customerAssignments: {
      name: '分配记录',
      fields: {
        ...commonFields['zh-CN'],
        customerId: '客户',
        customer: '客户',
        agentId: '负责人',
        agent: '负责人',
        previousAgent: '原负责人',
        assignedBy: '分配人',
        assignedAt: '分配时间',
        reason: '分配原因',
        firstContactDueAt: '首次联系期限',
        firstContactedAt: '首次联系时间',
        endedAt: '结束时间',
        overdue: '已逾期',
      },
    },
  },
} satisfies MessageTree;
