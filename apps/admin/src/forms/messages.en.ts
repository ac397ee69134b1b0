import type { Widen } from '../i18n/folderMessages';
import type { formMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const formMessagesEn: Widen<typeof formMessages> = {
  app: {
    notEditable: 'You may not edit this record: here are its details instead',
    conflict: {
      title: 'Someone else changed this record',
      explain: 'They saved these fields differently from what you typed. Choose which to keep for each, then save on top of their version.',
      field: 'Field',
      theirs: 'They saved',
      mine: 'You typed',
      takeTheirs: 'take theirs',
      keepMine: 'keep mine',
      backToForm: 'Back to the form',
      saveChosen: 'Save my choices',
    },
  },
};
