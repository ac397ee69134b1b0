import type { Widen } from '../i18n/folderMessages';
import type { dashboardMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const dashboardMessagesEn: Widen<typeof dashboardMessages> = {
  app: {
    dashboard: {
      welcome: 'Hello, %{name}',
      myCustomers: 'My customers',
      recentInteractions: 'My interactions, last 7 days',
      todo: 'To do',
      unavailable: 'The counts are unavailable for now; retrying shortly',
    },
  },
};
