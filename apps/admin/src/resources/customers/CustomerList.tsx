import { CUSTOMER_TIERS, LIFECYCLE_STAGES } from '@sanxin/domain';
import {
  CreateButton,
  DataTable,
  useCanAccess,
  DateField,
  FilterButton,
  List,
  SelectField,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { PhoneCardList } from '../../layout/PhoneCardList';
import { useSmallScreen } from '../../layout/useSmallScreen';
import { AssignCustomersButton } from '../../assignment/AssignCustomersButton';
import { choicesOf } from '../../i18n/choices';
import { customerFilters } from './CustomerFilters';
import { ExportButton } from '../../export/ExportButton';
import { ImportButton } from '../../imports/ImportButton';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
    <ImportButton kind="CUSTOMERS" />
  </TopToolbar>
);

export const CustomerList = () => {
  // Rows are selectable only for those who may assign them (分配负责人).
  const { canAccess: canAssign } = useCanAccess({ resource: 'customers', action: 'assign' });
  const small = useSmallScreen();
  const translate = useTranslate();
  return (
    <List filters={customerFilters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false}>
      {small ? (
        // On a phone: one card per customer, the name first, then phone and tier.
        <PhoneCardList
          primaryText={(customer) => customer.name}
          secondaryText={(customer) => [customer.phone, customer.tier ? translate(`sanxin.enums.tier.${customer.tier}`) : null].filter(Boolean).join(' · ')}
          tertiaryText={(customer) => customer.owner?.name ?? ''}
        />
      ) : (
        <DataTable bulkActionButtons={canAssign ? <AssignCustomersButton /> : false} rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="company" disableSort />
          <DataTable.Col source="phone" disableSort />
          <DataTable.Col source="tier">
            <SelectField source="tier" choices={choicesOf(CUSTOMER_TIERS, 'tier')} />
          </DataTable.Col>
          <DataTable.Col source="lifecycle">
            <SelectField source="lifecycle" choices={choicesOf(LIFECYCLE_STAGES, 'lifecycle')} />
          </DataTable.Col>
          <DataTable.Col source="owner" label="resources.customers.fields.owner" disableSort>
            <TextField source="owner.name" />
          </DataTable.Col>
          <DataTable.Col source="updatedAt">
            <DateField source="updatedAt" showTime />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
