import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import { InteractionCreate } from './InteractionCreate';
import { InteractionEdit } from './InteractionEdit';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';

export default {
  list: InteractionList,
  show: InteractionShow,
  edit: InteractionEdit,
  create: InteractionCreate,
  icon: HeadsetMicIcon,
  recordRepresentation: 'summary',
};
