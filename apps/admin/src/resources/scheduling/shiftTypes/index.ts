import ScheduleIcon from '@mui/icons-material/Schedule';
import { ShiftTypeList } from './ShiftTypeList';

export default {
  list: ShiftTypeList,
  icon: ScheduleIcon,
  recordRepresentation: 'name',
};
