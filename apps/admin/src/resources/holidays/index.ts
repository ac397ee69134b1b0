import EventIcon from '@mui/icons-material/Event';
import { lazyPage } from '../../lazyPage';

const HolidayCreate = lazyPage(() => import('./HolidayCreate'), 'HolidayCreate');
const HolidayList = lazyPage(() => import('./HolidayList'), 'HolidayList');

export default {
  list: HolidayList,
  create: HolidayCreate,
  icon: EventIcon,
  recordRepresentation: (record: { date?: string; name?: string }) => `${record.date ?? ''} ${record.name ?? ''}`.trim(),
};
