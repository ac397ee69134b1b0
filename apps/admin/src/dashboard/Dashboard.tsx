import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Link, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { MyFirstContacts } from '../assignment/MyFirstContacts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const CountCard = ({ label, total, to }: { label: string; total?: number; to: string }) => (
  <Card>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component={Link} to={to} sx={{ textDecoration: 'none' }}>
        {total ?? '…'}
      </Typography>
    </CardContent>
  </Card>
);

/** Only counts: `total` is the one number each list query asks the server for (perPage 1). */
const useTotal = (resource: string, filter: Record<string, unknown>, enabled: boolean) =>
  useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } }, { enabled }).total;

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = identity?.id;
  const weekAgo = useMemo(() => new Date(Date.now() - WEEK_MS).toISOString(), []);
  const myCustomers = useTotal('customers', { ownerId: me }, Boolean(me));
  const myInteractions = useTotal('interactions', { staffId: me, occurredAtFrom: weekAgo }, Boolean(me));
  const customersLink = `/customers?filter=${encodeURIComponent(JSON.stringify({ ownerId: me }))}`;
  const interactionsLink = `/interactions?filter=${encodeURIComponent(JSON.stringify({ staffId: me }))}`;

  return (
    <>
      <Title title="app.title" />
      <Typography variant="h5" sx={{ my: 2 }}>
        {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <CountCard label={translate('app.dashboard.myCustomers')} total={myCustomers} to={customersLink} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <CountCard label={translate('app.dashboard.recentInteractions')} total={myInteractions} to={interactionsLink} />
        </Grid>
        <Grid size={12}>
          <MyFirstContacts perPage={10} showEmpty={false} />
        </Grid>
      </Grid>
    </>
  );
};
