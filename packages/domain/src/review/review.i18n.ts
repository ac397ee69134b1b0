/** Labels of second-person review (复核), spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const reviewZhCN = {
  enums: {
    pendingChangeStatus: { PENDING: '待复核', APPROVED: '复核通过', REJECTED: '复核退回', WITHDRAWN: '已撤回' },
    pendingChangeAction: { APPROVE: '通过', REJECT: '退回', WITHDRAW: '撤回' },
    reviewedEntity: { customer: '客户', contract: '服务合同' },
    reviewErrorReason: { WRONG_VALUE: '录入值错误', NO_EVIDENCE: '缺少依据或凭证', WRONG_RECORD: '改错了记录', NOT_AUTHORIZED: '未经授权的变更', DUPLICATE: '重复提交', OTHER: '其他' },
    reviewPeriod: { DAY: '按日', MONTH: '按月' },
  },
  validation: {
    noSelfReview: '不能复核自己提交的变更，须由另一人复核',
    onlySubmitterWithdraws: '只有提交人可以撤回',
    reasonNotOffered: '退回原因须从设置的差错原因中选择',
    reviewAlreadyPending: '该记录已有待复核的变更，请等复核完成或撤回后再改',
    changedSinceSubmitted: '提交后该字段已被修改，不能再按原变更通过',
    rangeTooLong: '统计区间最长 %{max} 天',
  },
  settings: {
    sensitive: {
      customer: { tier: '复核：客户分级', phone: '复核：客户电话', name: '复核：客户名称', lifecycle: '复核：客户生命周期', email: '复核：客户邮箱', address: '复核：客户地址', ownerId: '复核：客户负责人' },
      contract: { amount: '复核：合同金额', startDate: '复核：合同开始日期', endDate: '复核：合同结束日期', warrantyEndDate: '复核：保修期截止', customerId: '复核：合同所属客户', number: '复核：合同编号' },
    },
    reason: { WRONG_VALUE: '差错原因：录入值错误', NO_EVIDENCE: '差错原因：缺少依据或凭证', WRONG_RECORD: '差错原因：改错了记录', NOT_AUTHORIZED: '差错原因：未经授权的变更', DUPLICATE: '差错原因：重复提交', OTHER: '差错原因：其他' },
  },
};

export const reviewEn: typeof reviewZhCN = {
  enums: {
    pendingChangeStatus: { PENDING: 'Awaiting review', APPROVED: 'Approved', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn' },
    pendingChangeAction: { APPROVE: 'Approve', REJECT: 'Reject', WITHDRAW: 'Withdraw' },
    reviewedEntity: { customer: 'Customer', contract: 'Service contract' },
    reviewErrorReason: { WRONG_VALUE: 'Wrong value entered', NO_EVIDENCE: 'No supporting evidence', WRONG_RECORD: 'Wrong record changed', NOT_AUTHORIZED: 'Change not authorised', DUPLICATE: 'Duplicate submission', OTHER: 'Other' },
    reviewPeriod: { DAY: 'Daily', MONTH: 'Monthly' },
  },
  validation: {
    noSelfReview: 'A change is reviewed by a second person, never by the one who submitted it',
    onlySubmitterWithdraws: 'Only the person who submitted a change withdraws it',
    reasonNotOffered: 'Choose a reason from the configured error reasons',
    reviewAlreadyPending: 'This record already has a change awaiting review: wait for the review or withdraw it first',
    changedSinceSubmitted: 'The field was changed after this change was submitted; it can no longer be approved as is',
    rangeTooLong: 'A statistics range is at most %{max} days',
  },
  settings: {
    sensitive: {
      customer: { tier: 'Review: customer tier', phone: 'Review: customer phone', name: 'Review: customer name', lifecycle: 'Review: customer lifecycle', email: 'Review: customer e-mail', address: 'Review: customer address', ownerId: 'Review: customer owner' },
      contract: { amount: 'Review: contract amount', startDate: 'Review: contract start date', endDate: 'Review: contract end date', warrantyEndDate: 'Review: warranty end', customerId: "Review: contract's customer", number: 'Review: contract number' },
    },
    reason: { WRONG_VALUE: 'Error reason: wrong value entered', NO_EVIDENCE: 'Error reason: no supporting evidence', WRONG_RECORD: 'Error reason: wrong record changed', NOT_AUTHORIZED: 'Error reason: change not authorised', DUPLICATE: 'Error reason: duplicate submission', OTHER: 'Error reason: other' },
  },
};
