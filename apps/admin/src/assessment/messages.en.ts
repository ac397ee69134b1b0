import type { Widen } from '../i18n/folderMessages';
import type { assessmentMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const assessmentMessagesEn: Widen<typeof assessmentMessages> = {
  app: {
    menu: { assessments: 'Monthly assessment', myAssessment: 'My assessment' },
    assessment: {
      title: 'Monthly assessment',
      myTitle: 'My assessment',
      month: 'Month',
      team: 'Team',
      allTeams: 'All teams',
      agent: 'Person',
      table: 'Monthly assessments',
      compute: 'Compute the month',
      computeHint: 'Computing again never changes a confirmed assessment; the others take the latest figures and keep their adjustment.',
      computed: 'Computed: %{created} new, %{updated} updated, %{unchanged} unchanged',
      empty: 'No assessment for this month yet: compute it first',
      myEmpty: 'You have no monthly assessment yet',
      computedScore: 'Computed',
      adjustedScore: 'Adjusted',
      score: 'Final score',
      status: 'Status',
      actions: 'Actions',
      weight: 'weight',
      showFigures: 'Figures of %{name}',
      adjustTitle: 'Adjust the score of %{name} for %{month}',
      computedWas: 'The computed score is %{score}. An adjustment needs its reason and is logged.',
      reason: 'Reason',
      adjusted: 'Score adjusted',
      confirmTitle: 'Confirm the assessment of %{name} for %{month}',
      confirmExplain: 'Once confirmed, %{score} is final: it can no longer be adjusted or recomputed.',
      confirmed: 'Assessment confirmed',
      adjustedBy: '%{name} adjusted it to %{score}: %{reason}',
      confirmedBy: 'Confirmed by %{name} at %{at}',
      figures: {
        qa: 'average %{average} over %{count} evaluations',
        followUpTimeliness: '%{onTime} on time of %{due} due',
        complaintTimeliness: '%{within} in time of %{closed} closed',
        satisfaction: '%{satisfied} satisfied of %{answers} answers',
        discipline: '%{violations} violations, %{points} points each',
      },
    },
  },
};
