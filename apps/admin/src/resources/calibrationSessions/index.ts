import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import { lazyPage } from '../../lazyPage';

const CalibrationList = lazyPage(() => import('./CalibrationList'), 'CalibrationList');
const CalibrationShow = lazyPage(() => import('./CalibrationShow'), 'CalibrationShow');
const CalibrationCreate = lazyPage(() => import('./CalibrationCreate'), 'CalibrationCreate');

export default {
  list: CalibrationList,
  show: CalibrationShow,
  create: CalibrationCreate,
  icon: FactCheckOutlinedIcon,
  recordRepresentation: 'topic',
};
