import type { MessageTree } from '../i18n/folderMessages';

/** The download buttons beside every report table. */
export const tableDownloadMessages = {
  app: {
    tableDownload: {
      csv: '下载 CSV',
      excel: '下载 Excel',
      failed: '生成文件失败，请重试',
    },
  },
} satisfies MessageTree;
