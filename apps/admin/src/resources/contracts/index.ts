import DescriptionIcon from '@mui/icons-material/Description';
import { ContractCreate } from './ContractCreate';
import { ContractEdit } from './ContractEdit';
import { ContractList } from './ContractList';
import { ContractShow } from './ContractShow';

export default {
  list: ContractList,
  show: ContractShow,
  edit: ContractEdit,
  create: ContractCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: { number?: string; title?: string }) => `${record.number ?? ''} ${record.title ?? ''}`.trim(),
};
