import type { MessageTree } from '../i18n/folderMessages';

/** The attachments panel's texts (app.attachments). */
export const attachmentAppZhCN = {
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

export const attachmentMessages = { app: attachmentAppZhCN } satisfies MessageTree;
