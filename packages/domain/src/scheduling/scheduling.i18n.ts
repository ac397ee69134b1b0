/** Labels of the scheduling aggregate, spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const schedulingZhCN = {
  enums: {},
  validation: {},
};

export const schedulingEn: typeof schedulingZhCN = {
  enums: {},
  validation: {},
};
