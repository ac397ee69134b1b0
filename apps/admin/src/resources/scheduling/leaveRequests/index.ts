import EventBusyIcon from '@mui/icons-material/EventBusy';
import { LeaveRequestForm } from './LeaveRequestForm';
import { LeaveRequestList } from './LeaveRequestList';

export default {
  list: LeaveRequestList,
  create: LeaveRequestForm,
  icon: EventBusyIcon,
  recordRepresentation: (record: { reason?: string }) => record.reason ?? '',
};
