import SecurityIcon from '@mui/icons-material/Security';
import { SecurityEventList } from './SecurityEventList';

export default { list: SecurityEventList, icon: SecurityIcon };
