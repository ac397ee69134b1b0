import { DataTable, DateField, List, TextField, useTranslate } from 'react-admin';
import { PhoneCardList } from '../../layout/PhoneCardList';
import { useSmallScreen } from '../../layout/useSmallScreen';
import { interactionFilters } from './InteractionFilters';
import { ChannelField, DirectionField, OutcomeField } from './InteractionFields';
import { ExportingListActions } from '../../export/ExportingListActions';

export const InteractionList = () => {
  const small = useSmallScreen();
  const translate = useTranslate();
  return (
    <List actions={<ExportingListActions />} filters={interactionFilters} sort={{ field: 'occurredAt', order: 'DESC' }} exporter={false}>
      {small ? (
        // On a phone: one card per interaction: with whom, what about, when and how.
        <PhoneCardList
          primaryText={(interaction) => [interaction.customer?.name, interaction.summary].filter(Boolean).join(' ')}
          secondaryText={(interaction) =>
            [translate(`sanxin.enums.channel.${interaction.channel}`, { _: interaction.channel }), interaction.staff?.name].filter(Boolean).join(' · ')
          }
          tertiaryText={(interaction) => (interaction.occurredAt ? new Date(interaction.occurredAt).toLocaleString() : '')}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="occurredAt">
            <DateField source="occurredAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="customerId" disableSort>
            <TextField source="customer.name" />
          </DataTable.Col>
          <DataTable.Col source="channel" disableSort>
            <ChannelField />
          </DataTable.Col>
          <DataTable.Col source="direction" disableSort>
            <DirectionField />
          </DataTable.Col>
          <DataTable.Col source="summary" disableSort />
          <DataTable.Col source="outcome" disableSort>
            <OutcomeField />
          </DataTable.Col>
          <DataTable.Col source="staffId" disableSort>
            <TextField source="staff.name" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
