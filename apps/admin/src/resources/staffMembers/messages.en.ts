import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { staffMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const staffMessagesEn: Widen<typeof staffMessages> = {
  resources: {
    staffMembers: {
      name: 'Staff member |||| Staff management',
      fields: {
        ...commonFields.en,
        username: 'Username',
        password: 'Password',
        name: 'Name',
        role: 'Role',
        jobType: 'Job type',
        skillLevel: 'Skill level',
        active: 'Active',
        phone: 'Phone',
        teamId: 'Team',
        q: 'Search',
      },
    },
  },
  app: {
    staff: { deactivate: 'Deactivate', deactivated: 'Account deactivated', passwordHint: 'Leave empty to keep the password' },
  },
};
