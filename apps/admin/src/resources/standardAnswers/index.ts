import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import { lazyPage } from '../../lazyPage';

const StandardAnswerCreate = lazyPage(() => import('./StandardAnswerForms'), 'StandardAnswerCreate');
const StandardAnswerEdit = lazyPage(() => import('./StandardAnswerForms'), 'StandardAnswerEdit');
const StandardAnswerList = lazyPage(() => import('./StandardAnswerList'), 'StandardAnswerList');
const StandardAnswerShow = lazyPage(() => import('./StandardAnswerForms'), 'StandardAnswerShow');

export default {
  list: StandardAnswerList,
  show: StandardAnswerShow,
  edit: StandardAnswerEdit,
  create: StandardAnswerCreate,
  icon: QuestionAnswerIcon,
  recordRepresentation: 'question',
};
