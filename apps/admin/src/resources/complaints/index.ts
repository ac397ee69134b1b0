import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazyPage } from '../../lazyPage';

const ComplaintCreate = lazyPage(() => import('./ComplaintCreate'), 'ComplaintCreate');
const ComplaintList = lazyPage(() => import('./ComplaintList'), 'ComplaintList');
const ComplaintShow = lazyPage(() => import('./ComplaintShow'), 'ComplaintShow');

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: ReportProblemIcon,
  // 投诉编号 first: what customers and colleagues quote on the phone.
  recordRepresentation: (record: { number?: string; description?: string }) => [record.number, (record.description ?? '').slice(0, 20)].filter(Boolean).join(' '),
};
