import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { type EscalationLevelName, escalationLevelOf } from '@sanxin/domain';
import { Loading, Title, useGetList, useTranslate } from 'react-admin';
import { ComplaintRow } from './ComplaintRow';

type ComplaintRecord = Record<string, unknown> & { id: string; escalationLevel?: EscalationLevelName };

/** Overdue open complaints by escalation level: 主任 (2) first, then 班长 (1), then not yet escalated (0). */
export function groupByEscalation(complaints: readonly ComplaintRecord[]): { level: 0 | 1 | 2; complaints: ComplaintRecord[] }[] {
  return ([2, 1, 0] as const).map((level) => ({
    level,
    complaints: complaints.filter((complaint) => escalationLevelOf(complaint.escalationLevel) === level),
  }));
}

const LIMIT = 200;

/** 超时看板: every open complaint past its time limit, most overdue first, in one column per escalation level. */
export const OverdueBoard = () => {
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<ComplaintRecord>('complaints', {
    filter: { overdue: true },
    sort: { field: 'dueAt', order: 'ASC' },
    pagination: { page: 1, perPage: LIMIT },
  });
  return (
    <>
      <Title title="app.overdue.title" />
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending ? (
        <Loading />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
            {translate('app.overdue.total', { count: total ?? 0 })}
            {(total ?? 0) > LIMIT && ` ${translate('app.overdue.truncated', { count: LIMIT })}`}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
            {groupByEscalation(data ?? []).map(({ level, complaints }) => (
              <Card key={level} component="section" aria-label={translate(`app.overdue.level${level}`)}>
                <CardContent>
                  <Typography variant="h6" gutterBottom>
                    {translate(`app.overdue.level${level}`)}（{complaints.length}）
                  </Typography>
                  <Stack spacing={1}>
                    {complaints.map((complaint) => (
                      <ComplaintRow key={complaint.id} complaint={complaint} />
                    ))}
                  </Stack>
                </CardContent>
              </Card>
            ))}
          </Box>
        </>
      )}
    </>
  );
};
