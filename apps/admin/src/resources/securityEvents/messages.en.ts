import type { Widen } from '../../i18n/folderMessages';
import type { securityEventMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const securityEventMessagesEn: Widen<typeof securityEventMessages> = {
  resources: {
    securityEvents: {
      name: 'Security event |||| Security log',
      fields: {
        at: 'When',
        kind: 'Event',
        outcome: 'Outcome',
        staff: 'By',
        username: 'Username given',
        subject: 'Subject',
        ip: 'IP address',
        detail: 'Detail',
      },
    },
  },
};
