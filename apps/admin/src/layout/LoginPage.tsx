import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { preloadGraphql } from '../providers';
import { DocumentLanguage } from './DocumentLanguage';

const Title = () => (
  <Typography variant="h6" align="center" sx={{ mt: 1 }}>
    {useTranslate()('app.title')}
  </Typography>
);

export const LoginPage = () => {
  useEffect(preloadGraphql, []);
  return (
    <Login>
      <DocumentLanguage />
      <Title />
      <LoginForm />
    </Login>
  );
};
