import type { Widen } from '../i18n/folderMessages';
import type { attachmentAppZhCN } from './messages';

const attachmentAppEn: Widen<typeof attachmentAppZhCN> = {
  attachments: {
    title: 'Attachments',
    upload: 'Upload a file',
    dropHere: 'or drop photos, scans or signed agreements here',
    uploading: 'Uploading %{name}…',
    uploaded: 'Uploaded %{name}',
    refused: '%{name} was not uploaded: %{reason}',
    empty: 'No attachments yet',
    download: 'Download',
    delete: 'Delete',
    deleted: 'Deleted %{name}',
    uploadedBy: 'uploaded by %{name}',
    noPermission: 'Read only: the record’s owner or a supervisor can add files',
  },
};

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const attachmentMessagesEn = { app: attachmentAppEn };
