import { CALENDAR_DAY_KINDS } from '@sanxin/domain';
import CloudDownloadIcon from '@mui/icons-material/CloudDownload';
import { Button, CreateButton, DataTable, DeleteButton, FunctionField, Link, List, NumberInput, SearchInput, SelectArrayInput, TextField, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { ExportButton } from '../../export/ExportButton';

const filters = [<NumberInput key="year" source="year" alwaysOn />, <SearchInput key="q" source="q" />, <SelectArrayInput key="kind" source="kind" choices={choicesOf(CALENDAR_DAY_KINDS, 'calendarDayKind')} />];

const Actions = () => {
  const { canAccess: canImport } = useCanAccess({ resource: 'holidays', action: 'create' });
  return (
    <TopToolbar>
      {canImport && (
        <Button component={Link} to="/holiday-import" label="app.holidayImport.title">
          <CloudDownloadIcon />
        </Button>
      )}
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
};

/** 节假日: public holidays and make-up working days (调休上班); the administrator maintains them. */
export const HolidayList = () => {
  const translate = useTranslate();
  const { canAccess: canDelete } = useCanAccess({ resource: 'holidays', action: 'delete' });
  return (
    <List filters={filters} filterDefaultValues={{ year: new Date().getFullYear() }} actions={<Actions />} sort={{ field: 'date', order: 'ASC' }} perPage={50} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="date">
          <TextField source="date" />
        </DataTable.Col>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="kind" disableSort>
          <FunctionField render={(record: { kind: string }) => translate(`sanxin.enums.calendarDayKind.${record.kind}`, { _: record.kind })} />
        </DataTable.Col>
        {canDelete && (
          <DataTable.Col label=" " disableSort>
            <DeleteButton mutationMode="pessimistic" redirect={false} />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
