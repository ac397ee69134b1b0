import type { MessageTree } from '../i18n/folderMessages';

/** The list export button's labels. */
export const exportMessages = {
  app: {
    export: {
      exported: '已导出 %{count} 条记录',
      truncated: '列表超过 %{count} 条，只导出了前 %{count} 条；请缩小筛选范围',
    },
  },
} satisfies MessageTree;
