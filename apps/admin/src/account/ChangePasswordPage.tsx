import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { validatePassword } from '@sanxin/domain';
import { type FormEvent, useState } from 'react';
import { useDataProvider, useGetIdentity, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { markPasswordChanged } from '../providers/identity';

type Field = 'currentPassword' | 'newPassword' | 'confirmation';

/**
 * 修改密码: where a person signed in with a password given to them (first administrator, demo account in
 * production) is sent, and where anyone may change theirs. The domain's policy checks as they type;
 * the API checks again and says which field is wrong.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { identity } = useGetIdentity();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirmation: '' });
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const message = (rule: string, params?: Record<string, unknown> | null) => translate(`sanxin.validation.${rule}`, { _: rule, ...params });
  const policy = values.newPassword ? validatePassword(values.newPassword, identity?.username as string | undefined)[0] : undefined;
  const errors: Partial<Record<Field, string>> = {
    ...serverErrors,
    ...(policy ? { newPassword: message(policy.rule, policy.params) } : {}),
    ...(values.confirmation && values.confirmation !== values.newPassword ? { confirmation: translate('app.account.mismatch') } : {}),
  };
  const complete = values.currentPassword && values.newPassword && values.confirmation === values.newPassword;
  const blocked = !complete || Object.values(errors).some(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    setBusy(true);
    try {
      await dataProvider.changePassword(values.currentPassword, values.newPassword);
      markPasswordChanged();
      notify('app.account.changed', { type: 'success' });
      redirect('/');
    } catch (failure) {
      const fields = (failure as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (fields) setServerErrors(fields as Partial<Record<Field, string>>);
      else notify((failure as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, label: string, autoComplete: string) => (
    <TextField
      id={`account-${field}`}
      label={translate(label)}
      type="password"
      autoComplete={autoComplete}
      value={values[field]}
      onChange={(event) => {
        setValues({ ...values, [field]: event.target.value });
        setServerErrors({ ...serverErrors, [field]: undefined });
      }}
      error={Boolean(errors[field])}
      helperText={errors[field] ?? ' '}
      fullWidth
    />
  );

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 6, px: 2 }}>
      <Card sx={{ maxWidth: 440, width: '100%' }}>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('app.account.title')}
          </Typography>
          {identity?.mustChangePassword ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('app.account.required')}
            </Alert>
          ) : null}
          <form onSubmit={submit} noValidate>
            <Stack spacing={1}>
              {input('currentPassword', 'app.account.currentPassword', 'current-password')}
              {input('newPassword', 'app.account.newPassword', 'new-password')}
              {input('confirmation', 'app.account.confirmation', 'new-password')}
              <Typography variant="body2" color="text.secondary">
                {translate('app.account.policy')}
              </Typography>
              <Button type="submit" variant="contained" disabled={busy || blocked}>
                {translate('app.account.submit')}
              </Button>
            </Stack>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
};
