import SecurityIcon from '@mui/icons-material/Security';
import { lazyPage } from '../../lazyPage';

const SecurityEventList = lazyPage(() => import('./SecurityEventList'), 'SecurityEventList');

export default { list: SecurityEventList, icon: SecurityIcon };
