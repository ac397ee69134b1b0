import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatInstant } from '../scheduling';
import type { FollowUpRow } from './followUpQueries';

/**
 * 投诉回访 on the complaint's page: each follow-up's status, caller, calls and result, with the
 * way to its call screen. Shown once the complaint has a real follow-up task.
 */
export const SourceFollowUps = ({ followUps }: { followUps: readonly FollowUpRow[] }) => {
  const translate = useTranslate();
  if (followUps.length === 0) return null;
  return (
    <Card component="section" aria-label={translate('app.followUp.complaint.title')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('app.followUp.complaint.title')}
        </Typography>
        <Stack spacing={1}>
          {followUps.map((followUp) => (
            <Box key={followUp.id} data-follow-up={followUp.id}>
              <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <strong>{translate(`sanxin.enums.followUpStatus.${followUp.status}`)}</strong>
                <span>
                  {translate('resources.followUps.fields.assignee')}: {followUp.assignee?.name ?? '-'}
                </span>
                <span>
                  {translate('resources.followUps.fields.attemptCount')}: {followUp.attemptCount}
                </span>
                {followUp.lastAttempt && (
                  <span>
                    {translate(`sanxin.enums.attemptOutcome.${followUp.lastAttempt.outcome}`)} · {formatInstant(followUp.lastAttempt.at)}
                  </span>
                )}
                {followUp.satisfaction && (
                  <span>
                    {translate('app.followUp.complaint.result')}: {translate(`sanxin.enums.satisfaction.${followUp.satisfaction}`)} · {followUp.score}
                  </span>
                )}
                <Link to={`/followUps/${encodeURIComponent(followUp.id)}/show`}>{translate('app.followUp.complaint.open')}</Link>
              </Stack>
            </Box>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
