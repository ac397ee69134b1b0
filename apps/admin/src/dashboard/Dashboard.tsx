import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { type HomeScreenView, homeItemLink } from '../reports/reportQueries';

/** Counts refresh this often without reloading the page (polling: decision 0035 says why not the push channel). */
export const HOME_POLL_MS = 60_000;

/** The home screen's items, fetched now and every minute while the page is open. */
export function useHomeScreen(pollMs = HOME_POLL_MS): HomeScreenView | null | undefined {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [home, setHome] = useState<HomeScreenView | null>();
  useEffect(() => {
    let live = true;
    const load = () =>
      dataProvider.homeScreen().then(
        (result) => live && setHome(result),
        () => live && setHome((previous) => previous ?? null),
      );
    load();
    const timer = setInterval(load, pollMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [dataProvider, pollMs]);
  return home;
}

/** 首页: what to do now, by role; each card opens the filtered list it counts. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const home = useHomeScreen();

  return (
    <>
      <Title title="app.title" />
      <Typography variant="h5" sx={{ my: 2 }}>
        {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      {home === null && <Typography color="error">{translate('app.dashboard.unavailable')}</Typography>}
      <Grid container spacing={2} component="ul" aria-label={translate('app.dashboard.todo')} sx={{ listStyle: 'none', p: 0 }}>
        {home?.items.map((item) => (
          <Grid key={item.key} size={{ xs: 12, sm: 6, md: 4 }} component="li">
            <Card variant="outlined" sx={item.needsAction ? { borderColor: 'warning.main', borderWidth: 2 } : undefined}>
              <CardActionArea component={Link} to={homeItemLink(item)} aria-label={translate(`sanxin.enums.homeItem.${item.key}`)} data-home-item={item.key}>
                <CardContent>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`sanxin.enums.homeItem.${item.key}`)}
                  </Typography>
                  <Typography variant="h4" color={item.needsAction ? 'warning.main' : 'text.primary'}>
                    {item.count}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
};
