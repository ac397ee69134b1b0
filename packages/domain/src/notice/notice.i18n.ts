/** Labels of notices, standard answers and cases, spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const noticeZhCN = {
  enums: {
    noticeKind: { POLICY_CHANGE: '政策变更', OFFER: '优惠活动', PRODUCT_UPDATE: '产品更新', PROCESS_CHANGE: '流程调整', SYSTEM: '系统通知', OTHER: '其他' },
    noticeStatus: { DRAFT: '草稿', PUBLISHED: '已发布', ARCHIVED: '已归档' },
    noticeAction: { publish: '发布', archive: '归档' },
  },
  validation: {
    complaintNotClosed: '投诉尚未办结，不能转为案例',
    noticeNotPublished: '公告未发布，不能签收',
    noticeNotEditable: '公告已发布，不能再修改（请发布新公告）',
    caseExists: '该投诉已转为案例',
  },
};

export const noticeEn: typeof noticeZhCN = {
  enums: {
    noticeKind: {
      POLICY_CHANGE: 'Policy change',
      OFFER: 'Offer',
      PRODUCT_UPDATE: 'Product update',
      PROCESS_CHANGE: 'Process change',
      SYSTEM: 'System notice',
      OTHER: 'Other',
    },
    noticeStatus: { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' },
    noticeAction: { publish: 'Publish', archive: 'Archive' },
  },
  validation: {
    complaintNotClosed: 'The complaint is not closed yet: it cannot become a case',
    noticeNotPublished: 'The notice is not published: it cannot be marked read',
    noticeNotEditable: 'A published notice cannot be changed (publish a new one)',
    caseExists: 'This complaint is already a case',
  },
};
