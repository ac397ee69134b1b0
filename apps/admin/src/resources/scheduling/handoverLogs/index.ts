import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { HandoverLogForm } from './HandoverLogForm';
import { HandoverLogList } from './HandoverLogList';

export default {
  list: HandoverLogList,
  create: HandoverLogForm,
  icon: SyncAltIcon,
};
