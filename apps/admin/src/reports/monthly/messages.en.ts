import type { Widen } from '../../i18n/folderMessages';
import type { monthlyReportMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const monthlyReportMessagesEn: Widen<typeof monthlyReportMessages> = {
  app: {
    monthlyReport: {
      title: 'Monthly service reports',
      reportTitle: 'Monthly service report %{month} · %{scope}',
      month: 'Month',
      scope: 'Scope',
      department: 'Whole department',
      status: 'Status',
      revision: 'Revision',
      revisionValue: 'Revision %{revision}',
      dueDate: 'Due',
      late: 'Late',
      signedBy: 'Signed by',
      empty: 'No monthly service reports yet',
      generate: 'Generate last month’s report',
      generateTitle: 'Generate a monthly service report',
      generateHint: 'The figures are frozen when generated; a draft can be regenerated.',
      team: 'Team',
      ownTeam: 'My team',
      generated: 'Monthly service report generated',
      commentary: 'Commentary',
      commentaryPlaceholder: 'What these figures mean and why',
      saveCommentary: 'Save commentary',
      commentarySaved: 'Commentary saved',
      noCommentary: '(no commentary)',
      noRows: 'Nothing this month',
      item: 'Item',
      note: 'Note',
      downloadPdf: 'Download PDF',
      downloadXlsx: 'Download Excel',
      notFound: 'The report does not exist or is not yours to see',
      done: {
        REGENERATE: 'Regenerated',
        SUBMIT: 'Report submitted',
        SIGN: 'Report signed',
        RETURN_TO_DRAFT: 'Report sent back',
        CORRECT: 'Correction revision created',
      },
      confirm: {
        REGENERATE: 'Take the figures again from the statistics? The commentary stays.',
        SUBMIT: 'The commentary cannot change after submitting. Submit?',
        SIGN: 'The report is final once signed. Sign?',
        RETURN_TO_DRAFT: 'Send it back to the writer?',
        CORRECT: 'Start a new draft revision to correct this report? The signed one stays as it is.',
      },
    },
  },
};
