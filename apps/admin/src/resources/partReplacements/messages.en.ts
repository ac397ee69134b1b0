import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { partReplacementMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const partReplacementMessagesEn: Widen<typeof partReplacementMessages> = {
  resources: {
    partReplacements: {
      name: 'Part replacement |||| Paid part replacements',
      fields: {
        ...commonFields.en,
        customerId: 'Customer',
        customer: 'Customer',
        contractId: 'Contract',
        contract: 'Contract',
        partName: 'Part',
        quantity: 'Quantity',
        unitPrice: 'Unit price',
        totalPrice: 'Total',
        insideContract: 'Inside contract',
        warrantyCovered: 'Under warranty',
        department: 'Responsible department',
        description: 'Description',
        status: 'Status',
        decisionNote: 'Customer answer note',
        q: 'Search',
      },
    },
  },
  app: {
    partReplacement: {
      done: { forward: 'Forwarded', quote: 'Quoted', accept: 'Acceptance recorded', decline: 'Refusal recorded', complete: 'Replacement completed' },
      department: 'Department',
      unitPrice: 'Unit price (CNY)',
      note: 'Customer answer note',
      confirmComplete: 'Mark the replacement as completed?',
    },
  },
};
