import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { calibrationMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const calibrationMessagesEn: Widen<typeof calibrationMessages> = {
  resources: {
    calibrationSessions: {
      name: 'QA calibration',
      fields: {
        ...commonFields.en,
        status: 'Status',
        topic: 'Topic',
        subjectKind: 'Record type',
        subjectId: 'Record id',
        agent: 'Agent',
        inspectorIds: 'Inspectors',
        submittedCount: 'Scored',
        agreedTotal: 'Agreed total',
        q: 'Search',
        awaitingMe: 'Waiting for my scores',
      },
    },
  },
  app: {
    calibration: {
      blindTitle: 'My blind scores',
      blindHint: 'You see nobody else’s scores before you submit; once submitted they cannot change.',
      submit: 'Submit my scores',
      submitted: 'Scores submitted',
      waiting: '%{submitted} of %{invited} have scored; all scores stay hidden until the reveal',
      notSubmitted: 'Not yet',
      submittedAt: 'Submitted',
      reveal: 'Reveal scores',
      revealed: 'Scores revealed',
      cancel: 'Cancel calibration',
      cancelled: 'Calibration cancelled',
      cancelReason: 'Reason',
      spreadTitle: 'Spread per dimension',
      tolerance: 'Tolerance: a range beyond %{percent}% of the scale is a disagreement',
      dimension: 'Dimension',
      scores: 'Scores',
      min: 'Min',
      max: 'Max',
      range: 'Range',
      mean: 'Mean',
      mad: 'Mean abs. deviation',
      median: 'Median',
      disagrees: 'Disagree',
      agrees: 'Agree',
      agreeTitle: 'Record the agreed scores',
      agreeHint: 'The median by default; choose any score between the inspectors’ lowest and highest.',
      note: 'How you agreed',
      agree: 'Record agreed scores',
      agreed: 'Agreed scores recorded',
      agreedTitle: 'Agreed scores',
      total: 'Total',
      score: '%{score} / %{max}',
    },
  },
};
