/** Labels of call scripts, spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const callScriptZhCN = {
  enums: {
    callType: {
      COMPLAINT_FOLLOW_UP: '投诉回访',
      SERVICE_FOLLOW_UP: '服务回访',
      PERIODIC_CARE: '定期关怀',
      FIRST_CONTACT: '首次联系',
      VERIFICATION: '核实电话',
    },
    scriptStepKind: { GREETING: '问候', IDENTITY_CHECK: '核实身份', QUESTION: '提问', CLOSE: '结束语' },
    scriptBranch: { ALL: '通用', SATISFIED: '客户满意', UNSATISFIED: '客户不满意' },
    scriptSituation: {
      NO_TIME: '客户没空：约定时间',
      SILENT_LINE: '无声电话：重复两遍后再回电',
      ANGRY: '客户情绪激动',
      ASKS_MANAGER: '客户要求找领导',
      OTHER_DEPARTMENT: '需其他部门答复',
      CANNOT_SATISFY: '无法满足客户要求',
      ASKED_TO_WAIT: '请客户稍等',
      ANSWER_UNKNOWN: '暂时无法答复',
    },
    callListStatus: { DRAFT: '草稿', LAUNCHED: '已下发' },
  },
  validation: {
    unknownPlaceholder: '“%{placeholder}”不是可用的占位符（可用：{称呼}、{客服姓名}、{产品}）',
    launched: '外呼任务已下发，不能再修改',
    beforeToday: '不能早于今天',
  },
};

export const callScriptEn: typeof callScriptZhCN = {
  enums: {
    callType: {
      COMPLAINT_FOLLOW_UP: 'Complaint follow-up',
      SERVICE_FOLLOW_UP: 'Service follow-up',
      PERIODIC_CARE: 'Periodic care',
      FIRST_CONTACT: 'First contact',
      VERIFICATION: 'Verification call',
    },
    scriptStepKind: { GREETING: 'Greeting', IDENTITY_CHECK: 'Identity check', QUESTION: 'Question', CLOSE: 'Close' },
    scriptBranch: { ALL: 'Every call', SATISFIED: 'Customer satisfied', UNSATISFIED: 'Customer unsatisfied' },
    scriptSituation: {
      NO_TIME: 'No time: agree a time',
      SILENT_LINE: 'Silent line: repeat twice, then call back',
      ANGRY: 'Angry customer',
      ASKS_MANAGER: 'Asks for a manager',
      OTHER_DEPARTMENT: 'Another department must answer',
      CANNOT_SATISFY: 'Cannot satisfy the request',
      ASKED_TO_WAIT: 'Asking the customer to wait',
      ANSWER_UNKNOWN: 'The answer is not known yet',
    },
    callListStatus: { DRAFT: 'Draft', LAUNCHED: 'Launched' },
  },
  validation: {
    unknownPlaceholder: '"%{placeholder}" is no placeholder (use {称呼}, {客服姓名}, {产品})',
    launched: 'The call list is launched and can no longer change',
    beforeToday: 'Cannot be before today',
  },
};
