import { folderMessages } from '../i18n/folderMessages';

/** The attachments panel's texts (app.attachments). */
const attachmentAppZhCN = {
  attachments: {
    title: '附件',
    upload: '上传附件',
    dropHere: '也可以把照片、扫描件或合同文件拖到这里',
    uploading: '正在上传 %{name}…',
    uploaded: '已上传 %{name}',
    refused: '%{name} 未上传：%{reason}',
    empty: '暂无附件',
    download: '下载',
    delete: '删除',
    deleted: '已删除 %{name}',
    uploadedBy: '%{name} 上传',
    noPermission: '只能查看；该记录的负责人或主管可以上传附件',
  },
};

const attachmentAppEn: typeof attachmentAppZhCN = {
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

export const attachmentMessages = folderMessages({ app: attachmentAppZhCN }, { app: attachmentAppEn });
