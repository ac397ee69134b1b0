import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { interactionMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const interactionMessagesEn: Widen<typeof interactionMessages> = {
  resources: {
    interactions: {
      name: 'Interaction |||| Interactions',
      fields: {
        ...commonFields.en,
        customerId: 'Customer',
        contactId: 'Contact',
        staffId: 'Staff',
        channel: 'Channel',
        direction: 'Direction',
        summary: 'Summary',
        outcome: 'Outcome',
        occurredAt: 'Occurred at',
        q: 'Search',
      },
    },
  },
};
