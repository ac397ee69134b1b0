import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { DocumentLanguage } from './DocumentLanguage';

const Title = () => (
  <Typography variant="h6" align="center" sx={{ mt: 1 }}>
    {useTranslate()('app.title')}
  </Typography>
);

export const LoginPage = () => (
  <Login>
    <DocumentLanguage />
    <Title />
    <LoginForm />
  </Login>
);
