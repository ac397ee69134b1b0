/** Labels of the complaint aggregate, spread into i18n/zh-CN.ts and i18n/en.ts (same keys in both). */
export const complaintZhCN = {
  enums: {},
  validation: {},
};

export const complaintEn: typeof complaintZhCN = {
  enums: {},
  validation: {},
};
