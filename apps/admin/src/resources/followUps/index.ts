import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { lazyPage } from '../../lazyPage';

const FollowUpCallScreen = lazyPage(() => import('./FollowUpCallScreen'), 'FollowUpCallScreen');
const FollowUpQueue = lazyPage(() => import('./FollowUpQueue'), 'FollowUpQueue');

/** What other folders show of follow-ups: a record's own (the complaint page), its section loaded when shown. */
export const SourceFollowUps = lazyPage(() => import('./SourceFollowUps'), 'SourceFollowUps');
export { useSourceFollowUps } from './useSourceFollowUps';

export default {
  list: FollowUpQueue,
  show: FollowUpCallScreen,
  icon: PhoneCallbackIcon,
  recordRepresentation: (record: { customer?: { name?: string } | null }) => record.customer?.name ?? '',
};
