import type { ImportJobAction, ImportJobStatus, ImportKind, ImportRowStatus } from './import.types';

/** Labels of imports (批量导入) and the messages of a file that cannot be read. */
export const importZhCN = {
  enums: {
    importKind: { CUSTOMERS: '客户（含联系人）', CONTRACTS: '合同' } satisfies Record<ImportKind, string>,
    importJobStatus: { DRY_RUN: '已试导入', IMPORTING: '导入中', DONE: '已完成', FAILED: '失败', CANCELLED: '已取消' } satisfies Record<ImportJobStatus, string>,
    importRowStatus: { VALID: '有效', INVALID: '有错误', DUPLICATE: '重复', IMPORTED: '已导入', SKIPPED: '未导入' } satisfies Record<ImportRowStatus, string>,
    importJobAction: { RUN: '导入有效行', CANCEL: '取消导入' } satisfies Record<ImportJobAction, string>,
  },
  validation: {
    importFileEmpty: '文件中没有数据行',
    importFileUnreadable: '无法读取该文件，请上传 CSV（UTF-8 或 GBK）或 Excel（.xlsx）文件',
    importFileTooLarge: '文件过大（最多 %{max} 字节）',
    importTooManyRows: '行数过多（最多 %{max} 行）',
    importUnknownHeaders: '无法识别的列：%{headers}',
    importMissingHeaders: '缺少必需的列：%{headers}',
    duplicateInFile: '与文件第 %{row} 行重复',
    duplicateExisting: '与已有记录重复',
    importAmbiguous: '匹配到多条记录，请改用编号或电话',
    importCannotAssign: '无权指定其他负责人',
  },
};

export const importEn = {
  enums: {
    importKind: { CUSTOMERS: 'Customers (with contacts)', CONTRACTS: 'Contracts' } satisfies Record<ImportKind, string>,
    importJobStatus: { DRY_RUN: 'Dry run', IMPORTING: 'Importing', DONE: 'Done', FAILED: 'Failed', CANCELLED: 'Cancelled' } satisfies Record<ImportJobStatus, string>,
    importRowStatus: { VALID: 'Valid', INVALID: 'Has errors', DUPLICATE: 'Duplicate', IMPORTED: 'Imported', SKIPPED: 'Not imported' } satisfies Record<ImportRowStatus, string>,
    importJobAction: { RUN: 'Import valid rows', CANCEL: 'Cancel import' } satisfies Record<ImportJobAction, string>,
  },
  validation: {
    importFileEmpty: 'The file has no data rows',
    importFileUnreadable: 'The file cannot be read: upload a CSV (UTF-8 or GBK) or an Excel workbook (.xlsx)',
    importFileTooLarge: 'The file is too large (at most %{max} bytes)',
    importTooManyRows: 'Too many rows (at most %{max})',
    importUnknownHeaders: 'Columns not recognised: %{headers}',
    importMissingHeaders: 'Required columns missing: %{headers}',
    duplicateInFile: 'Duplicates row %{row} of the file',
    duplicateExisting: 'Duplicates an existing record',
    importAmbiguous: 'Matches more than one record: use the id or the phone',
    importCannotAssign: 'You may not name another owner',
  },
};
