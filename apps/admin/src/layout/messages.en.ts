import type { Widen } from '../i18n/folderMessages';
import type { layoutMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const layoutMessagesEn: Widen<typeof layoutMessages> = {
  app: {
    title: 'Sanxin customer service',
    menuGroups: {
      customers: 'Customers',
      complaints: 'Complaints and follow-ups',
      scheduling: 'Scheduling',
      quality: 'Quality',
      reports: 'Reports',
      administration: 'Administration',
    },
    menu: { workload: 'Workload', assignment: 'Assign customers', myFirstContacts: 'To contact', settings: 'Settings' },
  },
};
