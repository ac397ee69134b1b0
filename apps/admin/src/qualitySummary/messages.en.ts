import type { Widen } from '../i18n/folderMessages';
import type { qualitySummaryMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const qualitySummaryMessagesEn: Widen<typeof qualitySummaryMessages> = {
  app: {
    menu: { qualitySummary: 'QA summary' },
    qualitySummary: {
      title: 'QA summary',
      period: 'Period',
      date: 'Date',
      team: 'Team',
      allTeams: 'All teams',
      agent: 'Agent',
      allAgents: 'All agents',
      range: '%{start} to %{end}',
      evaluations: 'Evaluations',
      average: 'Average',
      current: 'This period',
      previous: 'Previous period',
      trend: 'Trend',
      items: 'Items scored',
      dimension: 'Dimension',
      dimensions: 'Average per dimension (share of the scale)',
      chartLabel: 'Average per dimension, this period and the previous one',
      lowest: 'Lowest items',
      noLowest: 'No deducted items this period',
      comments: 'Recurring comments',
      noComments: 'No comment recurs this period',
      phraseCount: '%{phrase} (%{count} times)',
      noEvaluations: 'No submitted evaluations this period',
      createPlan: 'Create training plan',
      topicOf: 'Training on %{dimension}',
      topicGeneral: 'Service quality training',
    },
  },
};
