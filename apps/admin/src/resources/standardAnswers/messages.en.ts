import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { standardAnswerMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const standardAnswerMessagesEn: Widen<typeof standardAnswerMessages> = {
  resources: {
    standardAnswers: {
      name: 'Standard answer |||| Standard answers',
      fields: { ...commonFields.en, topic: 'Topic', question: 'Question', answer: 'Agreed answer', revision: 'Revision', q: 'Search', author: 'Agreed by' },
    },
  },
};
