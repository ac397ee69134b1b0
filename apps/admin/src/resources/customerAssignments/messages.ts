import { commonFields } from '../../i18n/commonFields';
import { folderMessages } from '../../i18n/folderMessages';

/** The assignment history: resource and field names. */
export const customerAssignmentMessages = folderMessages(
  {
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
  },
  {
    resources: {
      customerAssignments: {
        name: 'Assignment |||| Assignment history',
        fields: {
          ...commonFields.en,
          customerId: 'Customer',
          customer: 'Customer',
          agentId: 'Owner',
          agent: 'Owner',
          previousAgent: 'Previous owner',
          assignedBy: 'Assigned by',
          assignedAt: 'Assigned at',
          reason: 'Reason',
          firstContactDueAt: 'First contact due',
          firstContactedAt: 'First contacted at',
          endedAt: 'Ended at',
          overdue: 'Overdue',
        },
      },
    },
  },
);
