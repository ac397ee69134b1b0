import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { FollowUpCallScreen } from './FollowUpCallScreen';
import { FollowUpQueue } from './FollowUpQueue';

/** What other folders show of follow-ups: a record's own (the complaint page). */
export { SourceFollowUps, useSourceFollowUps } from './SourceFollowUps';

export default {
  list: FollowUpQueue,
  show: FollowUpCallScreen,
  icon: PhoneCallbackIcon,
  recordRepresentation: (record: { customer?: { name?: string } | null }) => record.customer?.name ?? '',
};
