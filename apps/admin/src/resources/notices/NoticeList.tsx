import { NOTICE_KINDS, NOTICE_STATUSES } from '@sanxin/domain';
import { BooleanField, BooleanInput, DataTable, DateField, List, SelectArrayInput, SelectField, TextInput } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { ExportingListActions } from '../../export/ExportingListActions';

const kinds = choicesOf(NOTICE_KINDS, 'noticeKind');
const statuses = choicesOf(NOTICE_STATUSES, 'noticeStatus');
const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="kind" source="kind" choices={kinds} />,
  <SelectArrayInput key="status" source="status" choices={statuses} />,
  <BooleanInput key="awaitingMe" source="awaitingMe" />,
];

/** 公告栏: pinned first, then newest; the viewer's own read time beside each. */
export const NoticeList = () => (
  <List actions={<ExportingListActions />} filters={filters} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={kinds} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={statuses} />
      </DataTable.Col>
      <DataTable.Col source="pinned">
        <BooleanField source="pinned" looseValue />
      </DataTable.Col>
      <DataTable.Col source="publishedAt">
        <DateField source="publishedAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="readAt" disableSort>
        <DateField source="readAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
