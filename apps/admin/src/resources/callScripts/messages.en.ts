import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { callScriptMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const callScriptMessagesEn: Widen<typeof callScriptMessages> = {
  resources: {
    callScripts: {
      name: 'Call script |||| Call scripts',
      fields: {
        ...commonFields.en,
        name: 'Name',
        callType: 'Call type',
        active: 'In use',
        revision: 'Revision',
        steps: 'Steps',
        phrases: 'Situation phrases',
        kind: 'Step',
        branch: 'Read when',
        situation: 'Situation',
        text: 'Text',
        q: 'Search',
      },
    },
  },
  app: {
    callScript: {
      placeholders: 'Placeholders: {称呼} (Mr Wang / Ms Li), {客服姓名} (agent name), {产品} (product)',
      history: 'Revision history',
      revision: 'Revision %{revision}',
      savedBy: 'saved %{at} by %{name}',
      current: 'current',
      panel: {
        title: 'Call script',
        step: 'Step %{current} of %{total}',
        previous: 'Previous',
        next: 'Next',
        askAnswer: "Choose by the customer's answer:",
        satisfied: 'Satisfied',
        unsatisfied: 'Unsatisfied',
        changeAnswer: 'Choose the answer again',
        finished: 'End of the script',
        phrases: 'Situation phrases',
        empty: 'This call type has no script yet',
      },
    },
  },
};
