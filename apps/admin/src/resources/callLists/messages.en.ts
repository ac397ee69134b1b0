import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { callListMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const callListMessagesEn: Widen<typeof callListMessages> = {
  resources: {
    callLists: {
      name: 'Call list |||| Call lists',
      fields: {
        ...commonFields.en,
        name: 'Name',
        status: 'Status',
        callScriptId: 'Call script',
        callScript: 'Call script',
        callScriptRevision: 'Script revision',
        agentIds: 'Agents',
        dailyQuota: 'Daily quota per agent',
        customerCount: 'Customers',
        startDate: 'Start date',
        launchedAt: 'Launched at',
        createdBy: 'Created by',
        'filter.tier': 'Tier',
        'filter.lifecycle': 'Lifecycle stage',
        'filter.kind': 'Customer type',
        'filter.tag': 'Tag',
        'filter.unverified': 'Registered but unverified only',
        'filter.contractEndingWithinDays': 'Contract ending within (days)',
        progress: 'Progress',
        q: 'Search',
      },
    },
  },
  app: {
    callList: {
      filterHelp: 'No condition means every customer (a holiday greeting)',
      launch: 'Launch',
      launchConfirm: 'Launching makes follow-ups for the customers of %{name}, dealt evenly to the agents; the list can no longer change. Launch?',
      launched: 'Launched for %{count} customers',
      progress: {
        title: 'Progress',
        agent: 'Agent',
        total: 'Total',
        done: 'Done',
        unreachable: 'Unreachable',
        open: 'To call',
        cancelled: 'Cancelled',
        all: 'All',
      },
    },
  },
};
