import type { Widen } from '../i18n/folderMessages';
import type { accountMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const accountMessagesEn: Widen<typeof accountMessages> = {
  app: {
    account: {
      title: 'Change password',
      required: 'You signed in with a password you were given: choose your own before going on.',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmation: 'Confirm the new password',
      policy: 'At least 10 characters, not containing your username, not a common password.',
      mismatch: 'The two passwords differ',
      submit: 'Change password',
      changed: 'Password changed',
      menu: 'Change password',
    },
  },
};
