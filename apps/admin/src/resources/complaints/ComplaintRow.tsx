import { Box, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, ReferenceField, useCreatePath, useTranslate } from 'react-admin';
import { ComplaintStatusChip, PriorityChip } from './ComplaintFields';
import { SlaBadges } from './SlaBadges';

type ComplaintRecord = Record<string, unknown> & { id: string };

/** One complaint on a board or in the inbox: customer, status, SLA, what happened, and extra actions. */
export const ComplaintRow = ({ complaint, children }: { complaint: ComplaintRecord; children?: React.ReactNode }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <RecordContextProvider value={complaint}>
      <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }} data-complaint={complaint.id}>
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
          <Link to={createPath({ resource: 'complaints', id: complaint.id, type: 'show' })}>
            {complaint.number ? <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', mr: 1 }}>{String(complaint.number)}</Typography> : null}
            <ReferenceField source="customerId" reference="customers" link={false} />
          </Link>
          <ComplaintStatusChip />
          <SlaBadges withRemaining />
          <PriorityChip />
          {Number(complaint.urgeCount) > 0 && (
            <Typography variant="caption" color="warning.main">
              {translate('app.complaint.urgedTimes', { count: Number(complaint.urgeCount) })}
            </Typography>
          )}
        </Stack>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {String(complaint.description ?? '')}
        </Typography>
        {children && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} useFlexGap flexWrap="wrap">
            {children}
          </Stack>
        )}
      </Box>
    </RecordContextProvider>
  );
};
