import type { Widen } from '../i18n/folderMessages';
import type { assignmentMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const assignmentMessagesEn: Widen<typeof assignmentMessages> = {
  app: {
    assignment: {
      title: 'Assign customers',
      unassignedOnly: 'Unassigned customers only',
      selected: '%{count} customers selected',
      suggest: 'Suggest owners',
      suggestions: 'Suggestions',
      customer: 'Customer',
      tier: 'Tier',
      currentOwner: 'Current owner',
      unassigned: 'Unassigned',
      suggested: 'Suggested owner',
      chosen: 'Assign to',
      reasonsLabel: 'Why',
      projectedLoad: '%{count} customers after assignment',
      noQualified: 'No qualified active agent',
      overridden: 'Changed',
      reason: 'Reason',
      defaultReason: 'Balanced by load and skill',
      assign: 'Assign',
      assigned: '%{count} customers assigned',
      cancel: 'Cancel',
      bulkAssign: 'Assign owner',
      bulkAssignTitle: 'Assign an owner to %{count} customers',
      agent: 'Owner',
      reasons: {
        LOAD: 'Load %{customers} customers',
        SKILL: 'Skill %{skillLevel} (needs ≥%{required})',
        JOB_TYPE: 'Job type: %{jobType}',
        CURRENT_OWNER: 'Current owner',
      },
    },
    firstContacts: {
      title: 'Customers to contact',
      empty: 'No customers awaiting first contact',
      due: 'Contact by',
      assignedAt: 'Assigned at',
      overdue: 'Overdue',
      overdueDays: 'Overdue %{days} d',
      today: 'Due today',
      inDays: 'In %{days} days',
      logContact: 'Log contact',
      viewAll: 'View all',
    },
  },
};
