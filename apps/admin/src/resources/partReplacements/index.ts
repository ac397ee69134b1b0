import BuildIcon from '@mui/icons-material/Build';
import { lazyPage } from '../../lazyPage';

const PartReplacementCreate = lazyPage(() => import('./PartReplacementCreate'), 'PartReplacementCreate');
const PartReplacementList = lazyPage(() => import('./PartReplacementList'), 'PartReplacementList');
const PartReplacementShow = lazyPage(() => import('./PartReplacementShow'), 'PartReplacementShow');

export default {
  list: PartReplacementList,
  show: PartReplacementShow,
  create: PartReplacementCreate,
  icon: BuildIcon,
  recordRepresentation: 'partName',
};
