/** Labels of reports, spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const reportZhCN = {
  enums: {
    reportStatus: { DRAFT: '草稿', SUBMITTED: '已提交', SIGNED: '已签发' },
    interactionKind: { CONSULTATION: '咨询', QUERY: '查询', PROACTIVE_CALL: '主动服务', COMPLAINT: '投诉', FOLLOW_UP: '回访' },
    reportAction: { regenerate: '重新生成', submit: '提交', sign: '签发', returnToDraft: '退回修改' },
    monthlyReportSection: {
      COMPLAINTS_BY_CATEGORY: '投诉受理与办结（按类别）',
      TIME_TO_RESOLUTION: '办结用时',
      DEADLINE_COMPLIANCE: '限时办结情况',
      ESCALATIONS: '升级督办',
      URGES: '客户催办',
      SATISFACTION: '回访满意度',
      QUALITY_AND_VIOLATIONS: '质检发现与违纪处理',
      WORKLOAD: '人员工作量',
      NOTABLE_CASES: '典型案例',
    },
  },
  validation: {
    commentaryMissing: '请填写“%{section}”部分的说明',
  },
};

export const reportEn: typeof reportZhCN = {
  enums: {
    reportStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', SIGNED: 'Signed' },
    interactionKind: { CONSULTATION: 'Consultation', QUERY: 'Query', PROACTIVE_CALL: 'Proactive call', COMPLAINT: 'Complaint', FOLLOW_UP: 'Follow-up' },
    reportAction: { regenerate: 'Regenerate', submit: 'Submit', sign: 'Sign', returnToDraft: 'Send back' },
    monthlyReportSection: {
      COMPLAINTS_BY_CATEGORY: 'Complaints received and resolved, by category',
      TIME_TO_RESOLUTION: 'Time to resolution',
      DEADLINE_COMPLIANCE: 'Deadline compliance',
      ESCALATIONS: 'Escalations',
      URGES: 'Urges',
      SATISFACTION: 'Satisfaction from follow-ups',
      QUALITY_AND_VIOLATIONS: 'QA findings and violations',
      WORKLOAD: 'Workload per agent',
      NOTABLE_CASES: 'Notable cases',
    },
  },
  validation: {
    commentaryMissing: 'Write the commentary of “%{section}”',
  },
};
