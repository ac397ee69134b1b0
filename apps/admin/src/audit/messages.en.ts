import type { Widen } from '../i18n/folderMessages';
import type { auditMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const auditMessagesEn: Widen<typeof auditMessages> = {
  app: {
    audit: { at: 'When', actor: 'Who', action: 'Action', field: 'Field', change: 'Old → new', empty: 'No changes recorded yet' },
  },
};
