import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Contracts: resource and field names, the workflow and owner dialogs. */
export const contractMessages = {
  resources: {
    contracts: {
      name: '服务合同',
      fields: {
        ...commonFields['zh-CN'],
        number: '合同编号',
        title: '合同名称',
        scope: '服务范围',
        customerId: '客户',
        customer: '客户',
        ownerId: '负责人',
        owner: '负责人',
        startDate: '开始日期',
        endDate: '结束日期',
        amount: '合同金额',
        warrantyEndDate: '保修截止日期',
        confidential: '含保密约束条款',
        confidentialityClause: '含保密约束条款',
        confidentialityText: '保密条款内容',
        status: '状态',
        storedStatus: '存储状态',
        terminationReason: '终止原因',
        daysToEnd: '距到期天数',
        expiring: '即将到期',
        q: '搜索',
      },
    },
  },
  app: {
    contract: {
      tabs: { details: '合同信息', owners: '负责人记录', parts: '有偿换件', history: '变更记录' },
      amountHidden: '（无权查看）',
      expiringFilter: '即将到期',
      expiringHint: '%{days} 天内到期',
      done: { activate: '合同已生效', terminate: '合同已终止', renew: '已续签，新合同为草稿' },
      confirmActivate: '确认让合同 %{number} 生效？',
      terminationReason: '终止原因',
      renewal: { startDate: '新合同开始日期', endDate: '新合同结束日期', amount: '新合同金额（留空沿用）', number: '新合同编号（留空自动生成）' },
      assignOwner: '指定负责人',
      assignOwnerTitle: '指定合同负责人：%{name}',
      assignOwnersTitle: '为 %{count} 份合同指定负责人',
      ownerAssigned: '负责人已更新',
      ownersAssigned: '已为 %{count} 份合同指定负责人',
      owner: '负责人',
      reason: '原因',
      history: { at: '时间', from: '原负责人', to: '新负责人', by: '操作人', reason: '原因', empty: '暂无负责人变更记录' },
      daysLeft: '剩 %{days} 天',
    },
  },
} satisfies MessageTree;
