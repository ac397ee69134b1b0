import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import { lazyPage } from '../../lazyPage';

const CaseStudyCreate = lazyPage(() => import('./CaseStudyPages'), 'CaseStudyCreate');
const CaseStudyEdit = lazyPage(() => import('./CaseStudyPages'), 'CaseStudyEdit');
const CaseStudyList = lazyPage(() => import('./CaseStudyPages'), 'CaseStudyList');
const CaseStudyShow = lazyPage(() => import('./CaseStudyPages'), 'CaseStudyShow');

export default {
  list: CaseStudyList,
  show: CaseStudyShow,
  edit: CaseStudyEdit,
  create: CaseStudyCreate,
  icon: LibraryBooksIcon,
  recordRepresentation: 'title',
};

/** 转为案例 on a closed complaint's page (complaints/ComplaintShow). */
export { CaseFromComplaintButton } from './CaseFromComplaintButton';
