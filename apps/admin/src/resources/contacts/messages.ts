import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Contacts: resource and field names. */
export const contactMessages = {
  resources: {
    contacts: {
      name: '联系人',
      fields: {
        ...commonFields['zh-CN'],
        customerId: '所属客户',
        name: '姓名',
        position: '职务',
        phone: '电话',
        email: '邮箱',
        isPrimary: '主要联系人',
        q: '搜索',
      },
    },
  },
} satisfies MessageTree;
