import type { Widen } from '../i18n/folderMessages';
import type { tableDownloadMessages } from './messages';

/** English labels of the same keys. */
export const tableDownloadMessagesEn: Widen<typeof tableDownloadMessages> = {
  app: {
    tableDownload: {
      csv: 'Download CSV',
      excel: 'Download Excel',
      failed: 'Could not build the file, please try again',
    },
  },
};
