import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { remainingTime, type SlaSubject, slaBadges } from './sla';

/** SLA chips of the complaint in context: on time / due soon / overdue, and 已升级·班长 / ·主任. */
export const SlaBadges = ({ withRemaining = false }: { withRemaining?: boolean }) => {
  const record = useRecordContext<SlaSubject & { id: string; remainingBusinessMinutes?: number | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const remaining = withRemaining ? remainingTime(record.remainingBusinessMinutes) : null;
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" useFlexGap flexWrap="wrap">
      {slaBadges(record).map((badge) => (
        <Chip key={badge.code} size="small" color={badge.color} label={translate(badge.label)} data-sla={badge.code} />
      ))}
      {remaining && (
        <Typography variant="body2" color={(record.remainingBusinessMinutes ?? 0) < 0 ? 'error' : 'text.secondary'}>
          {translate(remaining.key, { hours: remaining.hours, minutes: remaining.minutes })}
        </Typography>
      )}
    </Stack>
  );
};
