import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { loadDashboard } from '../dashboard/lazyDashboard';
import { preloadGraphql } from '../providers';
import { DocumentLanguage } from './DocumentLanguage';

const Title = () => (
  <Typography variant="h6" align="center" sx={{ mt: 1 }}>
    {useTranslate()('app.title')}
  </Typography>
);

/** What the first screen after signing in needs, fetched while the password is typed (decisions 0028, 0048). */
const preloadFirstScreen = () => {
  preloadGraphql();
  void loadDashboard();
};

export const LoginPage = () => {
  useEffect(preloadFirstScreen, []);
  return (
    <Login>
      <DocumentLanguage />
      <Title />
      <LoginForm />
    </Login>
  );
};
