import EventIcon from '@mui/icons-material/Event';
import { HolidayCreate } from './HolidayCreate';
import { HolidayList } from './HolidayList';

export default {
  list: HolidayList,
  create: HolidayCreate,
  icon: EventIcon,
  recordRepresentation: (record: { date?: string; name?: string }) => `${record.date ?? ''} ${record.name ?? ''}`.trim(),
};
