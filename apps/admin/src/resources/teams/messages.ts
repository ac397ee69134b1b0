import { commonFields } from '../../i18n/commonFields';
import { folderMessages } from '../../i18n/folderMessages';

/** Teams: resource and field names. */
export const teamMessages = folderMessages(
  {
    resources: {
      teams: { name: '班组', fields: { ...commonFields['zh-CN'], name: '班组名称', q: '搜索' } },
    },
  },
  {
    resources: {
      teams: { name: 'Team |||| Teams', fields: { ...commonFields.en, name: 'Name', q: 'Search' } },
    },
  },
);
