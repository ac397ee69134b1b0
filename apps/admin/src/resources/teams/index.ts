import GroupsIcon from '@mui/icons-material/Groups';
import { TeamList } from './TeamList';

export default {
  list: TeamList,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
