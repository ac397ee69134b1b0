import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { caseStudyMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const caseStudyMessagesEn: Widen<typeof caseStudyMessages> = {
  resources: {
    caseStudies: {
      name: 'Case |||| Case library',
      fields: {
        ...commonFields.en,
        complaintId: 'Complaint',
        complaintNumber: 'Complaint number',
        categoryId: 'Category',
        severity: 'Severity',
        channel: 'Channel',
        title: 'Title',
        facts: 'What happened',
        handling: 'How it was handled',
        lesson: 'Lesson',
        q: 'Search',
        author: 'Written up by',
      },
    },
  },
  app: {
    caseStudy: {
      fromComplaint: 'Turn into a case',
      defaults: "Left empty, what happened and how it was handled come from the complaint; the customer's name, phone, address and e-mail are removed.",
    },
  },
};
