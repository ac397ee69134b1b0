import type { Widen } from '../i18n/folderMessages';
import type { settingsMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const settingsMessagesEn: Widen<typeof settingsMessages> = {
  app: {
    settings: {
      title: 'Settings',
      defaultAndRange: 'Default %{default}; allowed %{min} – %{max}',
      defaultChoice: 'Default: %{default}',
      flagOn: 'Yes',
      flagOff: 'No',
      saved: 'Saved: %{label}',
      reset: 'Reset to default',
      resetTo: 'Reset to the default, %{value}',
      history: 'Change history',
      neverChanged: 'Never changed: always the default',
    },
  },
};
