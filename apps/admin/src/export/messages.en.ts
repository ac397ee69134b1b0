import type { Widen } from '../i18n/folderMessages';
import type { exportMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const exportMessagesEn: Widen<typeof exportMessages> = {
  app: {
    export: {
      exported: 'Exported %{count} rows',
      truncated: 'The list has more than %{count} rows: only the first %{count} were exported; narrow the filter',
    },
  },
};
