import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyPage } from '../../lazyPage';

const CallListCreate = lazyPage(() => import('./CallListCreate'), 'CallListCreate');
const CallListList = lazyPage(() => import('./CallListList'), 'CallListList');
const CallListShow = lazyPage(() => import('./CallListShow'), 'CallListShow');

export default {
  list: CallListList,
  show: CallListShow,
  create: CallListCreate,
  icon: CampaignIcon,
  recordRepresentation: 'name',
};
