import type { MessageTree } from '../../i18n/folderMessages';

/** The security log: resource and field names. */
export const securityEventMessages = {
  resources: {
    securityEvents: {
      name: '安全日志',
      fields: { at: '时间', kind: '事件', outcome: '结果', staff: '操作人', username: '登录用户名', subject: '对象', ip: 'IP 地址', detail: '说明' },
    },
  },
} satisfies MessageTree;
