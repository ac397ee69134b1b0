import { folderMessages } from '../i18n/folderMessages';

/** The change history's labels. */
export const auditMessages = folderMessages(
  {
    app: {
      audit: { at: '时间', actor: '操作人', action: '操作', field: '字段', change: '原值 → 新值', empty: '暂无变更记录' },
    },
  },
  {
    app: {
      audit: { at: 'When', actor: 'Who', action: 'Action', field: 'Field', change: 'Old → new', empty: 'No changes recorded yet' },
    },
  },
);
