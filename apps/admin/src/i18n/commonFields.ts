/** The fields every record has (BaseRecord), labelled once for every resource's `fields`. */
export const commonFields = {
  'zh-CN': { id: 'ID', version: '版本', createdAt: '创建时间', updatedAt: '更新时间' },
  en: { id: 'ID', version: 'Version', createdAt: 'Created at', updatedAt: 'Updated at' },
};
