import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import { lazyPage } from '../../lazyPage';

const QualityEvaluationList = lazyPage(() => import('./QualityEvaluationList'), 'QualityEvaluationList');
const QualityEvaluationShow = lazyPage(() => import('./QualityEvaluationShow'), 'QualityEvaluationShow');

export default {
  list: QualityEvaluationList,
  show: QualityEvaluationShow,
  icon: FactCheckOutlinedIcon,
};
