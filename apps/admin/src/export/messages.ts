import type { MessageTree } from '../i18n/folderMessages';

/** The list export button's labels. */
export const exportMessages = {
  app: {
    export: { exported: '已导出 %{count} 条记录' },
  },
} satisfies MessageTree;
