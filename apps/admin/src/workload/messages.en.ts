import type { Widen } from '../i18n/folderMessages';
import type { workloadMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const workloadMessagesEn: Widen<typeof workloadMessages> = {
  app: {
    workload: {
      title: 'Workload',
      chartLabel: 'Customers per agent',
      table: 'Workload details',
      agent: 'Agent',
      customers: 'Customers',
      contracts: 'Contracts',
      awaiting: 'Awaiting first contact',
      overdue: 'First contact overdue',
      totalCustomers: 'Customers assigned in total',
      spread: 'Spread (max − min customers)',
      contractsUnavailable: 'Contract figures not available yet',
      empty: 'No active agents',
    },
  },
};
