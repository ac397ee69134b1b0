import BadgeIcon from '@mui/icons-material/Badge';
import { lazyPage } from '../../lazyPage';

const StaffCreate = lazyPage(() => import('./StaffCreate'), 'StaffCreate');
const StaffEdit = lazyPage(() => import('./StaffEdit'), 'StaffEdit');
const StaffList = lazyPage(() => import('./StaffList'), 'StaffList');

export default {
  list: StaffList,
  edit: StaffEdit,
  create: StaffCreate,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
