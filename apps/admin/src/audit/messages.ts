import type { MessageTree } from '../i18n/folderMessages';

/** The change history's labels. */
export const auditMessages = {
  app: {
    audit: { at: '时间', actor: '操作人', action: '操作', field: '字段', change: '原值 → 新值', empty: '暂无变更记录' },
  },
} satisfies MessageTree;
