import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export default {
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactPhoneIcon,
  recordRepresentation: 'name',
};
