import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { contractMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const contractMessagesEn: Widen<typeof contractMessages> = {
  resources: {
    contracts: {
      name: 'Contract |||| Service contracts',
      fields: {
        ...commonFields.en,
        number: 'Number',
        title: 'Title',
        scope: 'Service scope',
        customerId: 'Customer',
        customer: 'Customer',
        ownerId: 'Owner',
        owner: 'Owner',
        startDate: 'Start date',
        endDate: 'End date',
        amount: 'Amount',
        warrantyEndDate: 'Warranty ends',
        confidential: 'Confidentiality clause',
        confidentialityClause: 'Confidentiality clause',
        confidentialityText: 'Confidentiality text',
        status: 'Status',
        storedStatus: 'Stored status',
        terminationReason: 'Reason for termination',
        daysToEnd: 'Days to end',
        expiring: 'Expiring',
        q: 'Search',
      },
    },
  },
  app: {
    contract: {
      tabs: { details: 'Contract', owners: 'Owner history', parts: 'Part replacements', history: 'Change history' },
      amountHidden: '(not visible to you)',
      expiringFilter: 'Expiring',
      expiringHint: 'Ending within %{days} days',
      done: { activate: 'Contract activated', terminate: 'Contract terminated', renew: 'Renewed; the new contract is a draft' },
      confirmActivate: 'Activate contract %{number}?',
      terminationReason: 'Reason for termination',
      renewal: { startDate: 'New start date', endDate: 'New end date', amount: 'New amount (empty: unchanged)', number: 'New number (empty: automatic)' },
      assignOwner: 'Assign owner',
      assignOwnerTitle: 'Contract owner: %{name}',
      assignOwnersTitle: 'Assign an owner to %{count} contracts',
      ownerAssigned: 'Owner updated',
      ownersAssigned: 'Owner assigned to %{count} contracts',
      owner: 'Owner',
      reason: 'Reason',
      history: { at: 'When', from: 'Previous owner', to: 'New owner', by: 'By', reason: 'Reason', empty: 'No owner changes yet' },
      daysLeft: '%{days} days left',
    },
  },
};
