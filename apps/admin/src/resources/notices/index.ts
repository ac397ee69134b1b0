import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import { lazyPage } from '../../lazyPage';

const NoticeCreate = lazyPage(() => import('./NoticeForms'), 'NoticeCreate');
const NoticeEdit = lazyPage(() => import('./NoticeForms'), 'NoticeEdit');
const NoticeList = lazyPage(() => import('./NoticeList'), 'NoticeList');
const NoticeShow = lazyPage(() => import('./NoticeShow'), 'NoticeShow');

export default {
  list: NoticeList,
  show: NoticeShow,
  edit: NoticeEdit,
  create: NoticeCreate,
  icon: CampaignOutlinedIcon,
  recordRepresentation: 'title',
};
