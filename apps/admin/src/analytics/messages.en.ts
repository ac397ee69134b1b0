import type { Widen } from '../i18n/folderMessages';
import type { analyticsMessages } from './messages';

/** English labels of the same keys. */
export const analyticsMessagesEn: Widen<typeof analyticsMessages> = {
  app: {
    analytics: {
      title: 'Analytics',
      filters: 'Filters',
      period: 'Period',
      preset: {
        THIS_MONTH: 'This month',
        LAST_MONTH: 'Last month',
        LAST_3_MONTHS: 'Last 3 months',
        LAST_6_MONTHS: 'Last 6 months',
        LAST_12_MONTHS: 'Last 12 months',
        CUSTOM: 'Custom',
      },
      from: 'From',
      to: 'To',
      team: 'Team',
      allTeams: 'All teams',
      category: 'Complaint category',
      allCategories: 'All categories',
      severity: 'Severity',
      allSeverities: 'All',
      categoryMix: 'Category mix',
      monthlyTrend: 'Monthly trend',
      deadlineCompliance: 'Closed within deadline',
      satisfaction: 'Follow-up satisfaction',
      workload: 'Workload',
      month: 'Month',
      count: 'This period',
      share: 'Share',
      previousCount: 'Previous period',
      change: 'Change',
      received: 'Received',
      closed: 'Closed',
      onTime: 'On time',
      onTimeRate: 'On-time rate',
      satisfiedRate: 'Satisfied rate',
      meanScore: 'Mean score',
      agent: 'Person',
      complaintsHandled: 'Complaints closed',
      followUpsDone: 'Follow-ups done',
      interactions: 'Interactions',
    },
  },
};
