import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 复核: the review queue, the per-operator statistics and the 待复核 banner on customers and contracts. */
export const pendingChangeMessages = {
  resources: {
    pendingChanges: {
      name: '复核',
      fields: {
        ...commonFields['zh-CN'],
        status: '状态',
        entity: '记录类型',
        record: '记录',
        customer: '客户',
        contract: '合同',
        changes: '变更内容',
        submittedBy: '提交人',
        submittedAt: '提交时间',
        decidedBy: '复核人',
        decidedAt: '复核时间',
        errorReason: '差错原因',
        decisionNote: '备注',
      },
    },
  },
  app: {
    review: {
      queue: '复核队列',
      pendingOnly: '只看待复核',
      all: '全部',
      empty: '没有待复核的变更',
      approve: '通过',
      reject: '退回',
      withdraw: '撤回',
      approveConfirm: '确认通过这项变更？通过后将写入记录。',
      rejectTitle: '退回变更',
      reason: '差错原因',
      note: '备注',
      approved: '已通过，变更已写入记录',
      rejected: '已退回',
      withdrawn: '已撤回',
      banner: '待复核',
      bannerBy: '%{name} 于 %{at} 提交，需由另一人复核后生效',
      statistics: '复核统计（按提交人）',
      period: '统计周期',
      from: '开始日期',
      to: '结束日期',
      operator: '提交人',
      periodColumn: '日期/月份',
      submitted: '提交数',
      approvedCount: '通过',
      rejectedCount: '退回',
      errorRate: '差错率',
      medianCycle: '复核用时中位数（分钟）',
      averageCycle: '平均复核用时（分钟）',
      noStatistics: '该期间没有提交的变更',
    },
  },
} satisfies MessageTree;
