import { Box, Stack, Typography } from '@mui/material';
import { DateField, RecordContextProvider, TextField, useListContext, useTranslate } from 'react-admin';
import { ChannelField, DirectionField, OutcomeField } from '../interactions';

/** The customer's service history, newest first (the ReferenceManyField sorts by occurredAt DESC). */
export const InteractionTimeline = () => {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  if (!data?.length) return <Typography variant="body2">{translate('ra.navigation.no_results')}</Typography>;
  return (
    <Stack spacing={1.5}>
      {data.map((interaction) => (
        <RecordContextProvider key={interaction.id} value={interaction}>
          <Box sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 2 }}>
            <Typography variant="caption" component="div">
              <DateField source="occurredAt" showTime /> · <ChannelField /> · <DirectionField /> · <TextField source="staff.name" />
            </Typography>
            <TextField source="summary" component="div" />
            <OutcomeField />
          </Box>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};
