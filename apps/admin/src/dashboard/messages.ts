import type { MessageTree } from '../i18n/folderMessages';

/** The dashboard's labels. */
export const dashboardMessages = {
  app: {
    dashboard: {
      welcome: '%{name}，您好',
      myCustomers: '我负责的客户',
      recentInteractions: '最近 7 天我的服务记录',
      todo: '待办事项',
      unavailable: '待办数暂时无法获取，稍后自动重试',
    },
  },
} satisfies MessageTree;
