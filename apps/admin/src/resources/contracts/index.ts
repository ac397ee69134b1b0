import DescriptionIcon from '@mui/icons-material/Description';
import { lazyPage } from '../../lazyPage';

const ContractCreate = lazyPage(() => import('./ContractCreate'), 'ContractCreate');
const ContractEdit = lazyPage(() => import('./ContractEdit'), 'ContractEdit');
const ContractList = lazyPage(() => import('./ContractList'), 'ContractList');
const ContractShow = lazyPage(() => import('./ContractShow'), 'ContractShow');

export default {
  list: ContractList,
  show: ContractShow,
  edit: ContractEdit,
  create: ContractCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: { number?: string; title?: string }) => `${record.number ?? ''} ${record.title ?? ''}`.trim(),
};
