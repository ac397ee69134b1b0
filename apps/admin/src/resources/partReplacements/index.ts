import BuildIcon from '@mui/icons-material/Build';
import { PartReplacementCreate } from './PartReplacementCreate';
import { PartReplacementList } from './PartReplacementList';
import { PartReplacementShow } from './PartReplacementShow';

export default {
  list: PartReplacementList,
  show: PartReplacementShow,
  create: PartReplacementCreate,
  icon: BuildIcon,
  recordRepresentation: 'partName',
};
