import SchoolOutlinedIcon from '@mui/icons-material/SchoolOutlined';
import { lazyPage } from '../../lazyPage';

const TrainingPlanCreate = lazyPage(() => import('./TrainingPlanForms'), 'TrainingPlanCreate');
const TrainingPlanEdit = lazyPage(() => import('./TrainingPlanForms'), 'TrainingPlanEdit');
const TrainingPlanList = lazyPage(() => import('./TrainingPlanList'), 'TrainingPlanList');
const TrainingPlanShow = lazyPage(() => import('./TrainingPlanShow'), 'TrainingPlanShow');

export default {
  list: TrainingPlanList,
  show: TrainingPlanShow,
  edit: TrainingPlanEdit,
  create: TrainingPlanCreate,
  icon: SchoolOutlinedIcon,
  recordRepresentation: 'topic',
};
