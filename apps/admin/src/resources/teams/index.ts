import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../../lazyPage';

const TeamList = lazyPage(() => import('./TeamList'), 'TeamList');

export default {
  list: TeamList,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
