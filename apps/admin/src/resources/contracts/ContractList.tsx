import { CreateButton, DataTable, FilterButton, List, TextField, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import { PhoneCardList } from '../../layout/PhoneCardList';
import { useSmallScreen } from '../../layout/useSmallScreen';
import { AssignContractOwnersButton } from './AssignContractOwnerButtons';
import { AmountField, ContractStatusChip, DaysToEndField } from './ContractFields';
import { contractFilters } from './ContractFilters';
import { useExpiringWindow } from './useExpiringWindow';
import { ExportButton } from '../../export/ExportButton';
import { ImportButton } from '../../imports/ImportButton';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
    <ImportButton kind="CONTRACTS" />
  </TopToolbar>
);

/** The list opens on the contracts still running, soonest to end first, not on long-expired ones. */
export const CONTRACT_LIST_DEFAULT_FILTER = { status: ['ACTIVE', 'EXPIRING'] };

export const ContractList = () => {
  const expiringWindowDays = useExpiringWindow();
  // Rows are selectable for those who designate owners (专人落实), to assign many at once.
  const { canAccess: canAssign } = useCanAccess({ resource: 'contracts', action: 'assign' });
  const small = useSmallScreen();
  const translate = useTranslate();
  return (
    <List
      filters={contractFilters(expiringWindowDays)}
      actions={<ListActions />}
      filterDefaultValues={CONTRACT_LIST_DEFAULT_FILTER}
      sort={{ field: 'endDate', order: 'ASC' }}
      exporter={false}
    >
      {small ? (
        // On a phone: one card per contract: which, for whom, its state and when it ends.
        <PhoneCardList
          primaryText={(contract) => [contract.number, contract.title].filter(Boolean).join(' ')}
          secondaryText={(contract) =>
            [contract.customer?.name, translate(`sanxin.enums.contractStatus.${contract.status}`, { _: contract.status })].filter(Boolean).join(' · ')
          }
          tertiaryText={(contract) => contract.endDate ?? ''}
        />
      ) : (
        <DataTable bulkActionButtons={canAssign ? <AssignContractOwnersButton /> : false} rowClick="show">
          <DataTable.Col source="number" />
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="customer" label="resources.contracts.fields.customer" disableSort>
            <TextField source="customer.name" />
          </DataTable.Col>
          <DataTable.Col source="owner" label="resources.contracts.fields.owner" disableSort>
            <TextField source="owner.name" />
          </DataTable.Col>
          <DataTable.Col source="startDate">
            <TextField source="startDate" />
          </DataTable.Col>
          <DataTable.Col source="endDate">
            <TextField source="endDate" />
          </DataTable.Col>
          <DataTable.Col source="daysToEnd" disableSort>
            <DaysToEndField />
          </DataTable.Col>
          <DataTable.Col source="amount" align="right">
            <AmountField />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <ContractStatusChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
