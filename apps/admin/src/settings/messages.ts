import type { MessageTree } from '../i18n/folderMessages';

/** The settings page's labels (the settings' own names come from the domain). */
export const settingsMessages = {
  app: {
    settings: {
      title: '系统配置',
      defaultAndRange: '默认 %{default}，可设 %{min} – %{max}',
      defaultChoice: '默认：%{default}',
      flagOn: '是',
      flagOff: '否',
      saved: '已保存：%{label}',
      reset: '恢复默认',
      resetTo: '恢复默认值 %{value}',
      history: '变更记录',
      neverChanged: '从未修改，一直是默认值',
    },
  },
} satisfies MessageTree;
