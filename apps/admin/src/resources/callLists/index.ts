import CampaignIcon from '@mui/icons-material/Campaign';
import { CallListCreate } from './CallListCreate';
import { CallListList } from './CallListList';
import { CallListShow } from './CallListShow';

export default {
  list: CallListList,
  show: CallListShow,
  create: CallListCreate,
  icon: CampaignIcon,
  recordRepresentation: 'name',
};
