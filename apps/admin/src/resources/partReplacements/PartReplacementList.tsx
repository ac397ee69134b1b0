import { DEPARTMENTS, PART_REPLACEMENT_STATUSES } from '@sanxin/domain';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  List,
  ReferenceInput,
  SelectArrayInput,
  SearchInput,
  SelectField,
  TextField,
  TopToolbar,
} from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { MoneyField, PartReplacementStatusChip } from './PartReplacementFields';
import { ExportButton } from '../../export/ExportButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choicesOf(PART_REPLACEMENT_STATUSES, 'partReplacementStatus')} alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectArrayInput key="department" source="department" choices={choicesOf(DEPARTMENTS, 'department')} />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const PartReplacementList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="partName" disableSort />
      <DataTable.Col source="quantity" disableSort />
      <DataTable.Col source="customer" label="resources.partReplacements.fields.customer" disableSort>
        <TextField source="customer.name" />
      </DataTable.Col>
      <DataTable.Col source="contract" label="resources.partReplacements.fields.contract" disableSort>
        <TextField source="contract.number" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="department" disableSort>
        <SelectField source="department" choices={choicesOf(DEPARTMENTS, 'department')} emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="total" label="resources.partReplacements.fields.totalPrice" disableSort align="right">
        <MoneyField source="total" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <PartReplacementStatusChip />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
