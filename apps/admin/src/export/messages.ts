import { folderMessages } from '../i18n/folderMessages';

/** The list export button's labels. */
export const exportMessages = folderMessages(
  {
    app: {
      export: { exported: '已导出 %{count} 条记录' },
    },
  },
  {
    app: {
      export: { exported: 'Exported %{count} rows' },
    },
  },
);
