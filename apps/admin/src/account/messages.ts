import type { MessageTree } from '../i18n/folderMessages';

/** The change-password page's labels. */
export const accountMessages = {
  app: {
    account: {
      title: '修改密码',
      required: '您使用的是分配的初始密码，请先设置自己的密码再继续使用。',
      currentPassword: '当前密码',
      newPassword: '新密码',
      confirmation: '确认新密码',
      policy: '至少 10 个字符，不能包含用户名，不能是常见密码。',
      mismatch: '两次输入的密码不一致',
      submit: '修改密码',
      changed: '密码已修改',
      menu: '修改密码',
    },
  },
} satisfies MessageTree;
