import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { pendingChangeMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const pendingChangeMessagesEn: Widen<typeof pendingChangeMessages> = {
  resources: {
    pendingChanges: {
      name: 'Review |||| Reviews',
      fields: {
        ...commonFields.en,
        status: 'Status',
        entity: 'Record type',
        record: 'Record',
        customer: 'Customer',
        contract: 'Contract',
        changes: 'Changes',
        submittedBy: 'Submitted by',
        submittedAt: 'Submitted at',
        decidedBy: 'Reviewed by',
        decidedAt: 'Reviewed at',
        errorReason: 'Error reason',
        decisionNote: 'Remark',
      },
    },
  },
  app: {
    review: {
      queue: 'Review queue',
      pendingOnly: 'Awaiting review only',
      all: 'All',
      empty: 'No changes await review',
      approve: 'Approve',
      reject: 'Reject',
      withdraw: 'Withdraw',
      approveConfirm: 'Approve this change? It will be written to the record.',
      rejectTitle: 'Reject the change',
      reason: 'Error reason',
      note: 'Remark',
      approved: 'Approved: the change is on the record',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
      banner: 'Awaiting review',
      bannerBy: 'Submitted by %{name} at %{at}; takes effect once a second person approves it',
      statistics: 'Review statistics per operator',
      period: 'Period',
      from: 'From',
      to: 'To',
      operator: 'Operator',
      periodColumn: 'Day / month',
      submitted: 'Submitted',
      approvedCount: 'Approved',
      rejectedCount: 'Rejected',
      errorRate: 'Error rate',
      medianCycle: 'Median review time (min)',
      averageCycle: 'Average review time (min)',
      noStatistics: 'No changes were submitted in this period',
    },
  },
};
