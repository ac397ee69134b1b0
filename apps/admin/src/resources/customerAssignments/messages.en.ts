import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { customerAssignmentMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const customerAssignmentMessagesEn: Widen<typeof customerAssignmentMessages> = {
  resources: {
    customerAssignments: {
      name: 'Assignment |||| Assignment history',
      fields: {
        ...commonFields.en,
        customerId: 'Customer',
        customer: 'Customer',
        agentId: 'Owner',
        agent: 'Owner',
        previousAgent: 'Previous owner',
        assignedBy: 'Assigned by',
        assignedAt: 'Assigned at',
        reason: 'Reason',
        firstContactDueAt: 'First contact due',
        firstContactedAt: 'First contacted at',
        endedAt: 'Ended at',
        overdue: 'Overdue',
      },
    },
  },
};
