import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { lazyPage } from '../../../lazyPage';

const HandoverLogForm = lazyPage(() => import('./HandoverLogForm'), 'HandoverLogForm');
const HandoverLogList = lazyPage(() => import('./HandoverLogList'), 'HandoverLogList');

export default {
  list: HandoverLogList,
  create: HandoverLogForm,
  icon: SyncAltIcon,
};
