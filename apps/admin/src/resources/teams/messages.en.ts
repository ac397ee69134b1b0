import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { teamMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const teamMessagesEn: Widen<typeof teamMessages> = {
  resources: {
    teams: { name: 'Team |||| Teams', fields: { ...commonFields.en, name: 'Name', q: 'Search' } },
  },
};
