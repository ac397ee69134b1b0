import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { contactMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const contactMessagesEn: Widen<typeof contactMessages> = {
  resources: {
    contacts: {
      name: 'Contact |||| Contacts',
      fields: {
        ...commonFields.en,
        customerId: 'Customer',
        name: 'Name',
        position: 'Position',
        phone: 'Phone',
        email: 'Email',
        isPrimary: 'Primary contact',
        q: 'Search',
      },
    },
  },
};
