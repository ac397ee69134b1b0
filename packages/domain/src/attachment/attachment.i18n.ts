/** zh-CN and en texts of attachments: the owners, the refusals and the settings. */
export const attachmentZhCN = {
  enums: {
    attachmentOwnerType: { COMPLAINT: '投诉', INTERACTION: '服务记录', PART_REPLACEMENT: '有偿换件', CONTRACT: '合同' },
  },
  validation: {
    invalidFileName: '文件名不能超过 %{max} 个字，且不能包含斜杠或控制字符',
    unsupportedFileType: '不支持此类文件（可上传图片、PDF、Word、Excel、PowerPoint）',
    fileTypeNotAllowed: '系统设置不允许上传此类文件',
    emptyFile: '文件是空的',
    fileTooLarge: '文件不能超过 %{maxMb} MB',
    fileContentMismatch: '文件内容与其类型不符，已拒绝（可能是改了扩展名的文件）',
  },
  settings: {
    maxSizeMb: '单个附件大小上限（MB）',
    allowImages: '允许上传图片（1 允许，0 禁止）',
    allowPdf: '允许上传 PDF（1 允许，0 禁止）',
    allowOffice: '允许上传 Office 文档（1 允许，0 禁止）',
  },
};

export const attachmentEn: typeof attachmentZhCN = {
  enums: {
    attachmentOwnerType: { COMPLAINT: 'Complaint', INTERACTION: 'Interaction', PART_REPLACEMENT: 'Part replacement', CONTRACT: 'Contract' },
  },
  validation: {
    invalidFileName: 'A file name has at most %{max} characters and no slashes or control characters',
    unsupportedFileType: 'This kind of file is not accepted (images, PDF, Word, Excel and PowerPoint are)',
    fileTypeNotAllowed: 'The settings do not allow this kind of file',
    emptyFile: 'The file is empty',
    fileTooLarge: 'A file may be at most %{maxMb} MB',
    fileContentMismatch: 'The file’s content does not match its type and was refused (a renamed file?)',
  },
  settings: {
    maxSizeMb: 'Largest attachment (MB)',
    allowImages: 'Accept images',
    allowPdf: 'Accept PDF',
    allowOffice: 'Accept Office documents',
  },
};
