import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Teams: resource and field names. */
export const teamMessages = {
  resources: {
    teams: { name: '班组', fields: { ...commonFields['zh-CN'], name: '班组名称', q: '搜索' } },
  },
} satisfies MessageTree;
