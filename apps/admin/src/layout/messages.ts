import type { MessageTree } from '../i18n/folderMessages';

/** The shell's labels: the title, the menu groups and the menu entries of pages without a folder of messages of their own. */
export const layoutMessages = {
  app: {
    title: '三心客服后台',
    menuGroups: { customers: '客户', complaints: '投诉与回访', scheduling: '排班', quality: '质检', reports: '报表', administration: '系统管理' },
    menu: { workload: '工作负载', assignment: '客户分配', myFirstContacts: '待首次联系', settings: '系统配置' },
  },
} satisfies MessageTree;
