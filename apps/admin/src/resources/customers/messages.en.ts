import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { customerMergeZhCN, customerMessages } from './messages';

const customerMergeEn: Widen<typeof customerMergeZhCN> = {
  duplicates: {
    title: 'This may duplicate an existing customer: check before saving',
    PHONE: 'A customer with this phone exists',
    NAME_AND_COMPANY: 'A customer with this name and company exists',
    open: 'Open',
  },
  merge: {
    button: 'Merge duplicate',
    title: 'Merge this customer into another',
    explain:
      'Contacts, interactions, contracts, complaints and assignment history move to the customer kept; this customer is then archived. The merge can be undone the same day.',
    target: 'Customer to keep',
    confirm: 'Merge',
    done: 'Merged: %{count} records moved',
    history: 'Merges',
    into: 'Merged into',
    from: 'Merged from',
    moved: '%{count} records moved',
    undo: 'Undo merge',
    undone: 'Merge undone',
    undoneAt: 'Undone %{at}',
  },
};

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const customerMessagesEn: Widen<typeof customerMessages> = {
  resources: {
    customers: {
      name: 'Customer |||| Customers',
      fields: {
        ...commonFields.en,
        kind: 'Kind',
        name: 'Name',
        company: 'Company',
        phone: 'Phone',
        email: 'Email',
        address: 'Address',
        piiMasked: 'Masked',
        source: 'Source',
        industry: 'Industry',
        tier: 'Tier',
        lifecycle: 'Lifecycle',
        tags: 'Tags',
        tag: 'Tag',
        notes: 'Notes',
        archived: 'Archived',
        ownerId: 'Owner',
        owner: 'Owner',
        q: 'Search',
      },
    },
  },
  app: {
    customer: {
      tabs: { details: 'Details', contacts: 'Contacts', interactions: 'Interactions', assignments: 'Assignment history', history: 'Change history' },
      piiMaskedHint: 'You do not own this customer: phone, email and address are masked',
      logInteraction: 'Log interaction',
      interactionLogged: 'Interaction saved',
    },
    customerMerge: customerMergeEn,
  },
};
