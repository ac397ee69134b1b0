import ScheduleIcon from '@mui/icons-material/Schedule';
import { lazyPage } from '../../../lazyPage';

const ShiftTypeList = lazyPage(() => import('./ShiftTypeList'), 'ShiftTypeList');

export default {
  list: ShiftTypeList,
  icon: ScheduleIcon,
  recordRepresentation: 'name',
};
