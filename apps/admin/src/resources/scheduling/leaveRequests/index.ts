import EventBusyIcon from '@mui/icons-material/EventBusy';
import { lazyPage } from '../../../lazyPage';

const LeaveRequestForm = lazyPage(() => import('./LeaveRequestForm'), 'LeaveRequestForm');
const LeaveRequestList = lazyPage(() => import('./LeaveRequestList'), 'LeaveRequestList');

export default {
  list: LeaveRequestList,
  create: LeaveRequestForm,
  icon: EventBusyIcon,
  recordRepresentation: (record: { reason?: string }) => record.reason ?? '',
};
