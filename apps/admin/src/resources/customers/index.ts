import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../../lazyPage';

const CustomerCreate = lazyPage(() => import('./CustomerCreate'), 'CustomerCreate');
const CustomerEdit = lazyPage(() => import('./CustomerEdit'), 'CustomerEdit');
const CustomerList = lazyPage(() => import('./CustomerList'), 'CustomerList');
const CustomerShow = lazyPage(() => import('./CustomerShow'), 'CustomerShow');

export default {
  list: CustomerList,
  show: CustomerShow,
  edit: CustomerEdit,
  create: CustomerCreate,
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
