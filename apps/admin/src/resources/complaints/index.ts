import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: ReportProblemIcon,
  // 投诉编号 first: what customers and colleagues quote on the phone.
  recordRepresentation: (record: { number?: string; description?: string }) => [record.number, (record.description ?? '').slice(0, 20)].filter(Boolean).join(' '),
};
