import { SECURITY_EVENT_KINDS, SECURITY_OUTCOMES } from '@sanxin/domain';
import { DataTable, DateField, FunctionField, List, type RaRecord, SelectArrayInput, TextField, TextInput, useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { PhoneCardList } from '../../layout/PhoneCardList';
import { useSmallScreen } from '../../layout/useSmallScreen';
import { ExportingListActions } from '../../export/ExportingListActions';

const filters = [
  <SelectArrayInput key="kind" source="kind" choices={choicesOf(SECURITY_EVENT_KINDS, 'securityEventKind')} alwaysOn />,
  <SelectArrayInput key="outcome" source="outcome" choices={choicesOf(SECURITY_OUTCOMES, 'securityOutcome')} alwaysOn />,
  <TextInput key="username" source="username" />,
  <TextInput key="ip" source="ip" />,
];

type Row = { kind: string; outcome: string; staff?: { name: string } | null; subject?: { name: string } | null };

/** 安全日志: sign-ins, failures, locks, password, role and activation changes and exports; administrators only (the API decides). */
export const SecurityEventList = () => {
  const translate = useTranslate();
  const small = useSmallScreen();
  const kind = (row: RaRecord) => translate(`sanxin.enums.securityEventKind.${row.kind}`, { _: row.kind });
  const outcome = (row: RaRecord) => translate(`sanxin.enums.securityOutcome.${row.outcome}`, { _: row.outcome });
  return (
    <List actions={<ExportingListActions />} filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false}>
      {small ? (
        // On a phone (the eight columns were 506 px wide, 702 in English): what happened, who and from where, when.
        <PhoneCardList
          primaryText={(row) => `${kind(row)} · ${outcome(row)}`}
          secondaryText={(row) => [row.staff?.name ?? row.username, row.subject?.name, row.ip].filter(Boolean).join(' · ')}
          tertiaryText={(row) => new Date(row.at).toLocaleString()}
          linkType={false}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="at">
            <DateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="kind">
            <FunctionField render={kind} />
          </DataTable.Col>
          <DataTable.Col source="outcome" disableSort>
            <FunctionField render={outcome} />
          </DataTable.Col>
          <DataTable.Col source="staff" disableSort>
            <FunctionField render={(row: Row) => row.staff?.name ?? ''} />
          </DataTable.Col>
          <DataTable.Col source="username" disableSort />
          <DataTable.Col source="subject" disableSort>
            <FunctionField render={(row: Row) => row.subject?.name ?? ''} />
          </DataTable.Col>
          <DataTable.Col source="ip" disableSort>
            <TextField source="ip" />
          </DataTable.Col>
          <DataTable.Col source="detail" disableSort />
        </DataTable>
      )}
    </List>
  );
};
