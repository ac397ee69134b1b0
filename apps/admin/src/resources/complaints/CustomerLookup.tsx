import { Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { type CustomerDraft, validateCustomer } from '@sanxin/domain';
import { useEffect, useRef, useState } from 'react';
import {
  AutocompleteInput,
  ReferenceInput,
  useCreate,
  useCreateSuggestionContext,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { toFormErrors } from '../../forms/domainValidator';
import { looksLikePhone } from './registration';

type CustomerOption = { id: string; name: string; phone?: string | null; tier?: string; company?: string | null };

const CustomerOptionText = () => {
  const record = useRecordContext<CustomerOption>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" component="span">
        {record.name}
      </Typography>
      <Typography variant="caption" component="span" color="text.secondary" sx={{ ml: 1 }}>
        {[record.phone, record.tier ? translate(`sanxin.enums.tier.${record.tier}`) : null, record.company].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
};

const inputText = (record: CustomerOption) => (record ? `${record.name}${record.phone ? ` · ${record.phone}` : ''}` : '');

/**
 * The caller is not on file: name and phone (whatever was typed goes to the right one), created as
 * the agent's own prospect, then selected, and the registration continues.
 */
const NewCustomerDialog = () => {
  const { filter, onCancel, onCreate } = useCreateSuggestionContext();
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [create, { isPending }] = useCreate();
  const typed = filter ?? '';
  const [values, setValues] = useState({ name: looksLikePhone(typed) ? '' : typed, phone: looksLikePhone(typed) ? typed.trim() : '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event?: React.FormEvent) => {
    event?.preventDefault();
    event?.stopPropagation();
    const draft: CustomerDraft = { kind: 'INDIVIDUAL', name: values.name.trim(), phone: values.phone.trim() || null };
    const violations = toFormErrors(validateCustomer(draft, 'create'));
    if (Object.keys(violations).length > 0) {
      setErrors(Object.fromEntries(Object.entries(violations).map(([field, error]) => [field, translate(error.message, error.args)])));
      return;
    }
    try {
      const created = await create('customers', { data: { ...draft, tier: 'C', lifecycle: 'PROSPECT', ownerId: identity?.id } }, { returnPromise: true });
      notify('app.complaint.customerCreated', { type: 'info' });
      onCreate(created);
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="xs">
      <form onSubmit={submit}>
        <DialogTitle>{translate('app.complaint.newCustomer')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              name="newCustomerName"
              label={translate('resources.customers.fields.name')}
              required
              autoFocus={!values.name}
              value={values.name}
              onChange={(event) => setValues({ ...values, name: event.target.value })}
              error={Boolean(errors.name)}
              helperText={errors.name}
            />
            <TextField
              name="newCustomerPhone"
              label={translate('resources.customers.fields.phone')}
              autoFocus={Boolean(values.name)}
              value={values.phone}
              onChange={(event) => setValues({ ...values, phone: event.target.value })}
              error={Boolean(errors.phone)}
              helperText={errors.phone}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onCancel}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton type="submit" variant="contained" disabled={isPending}>
            {translate('app.complaint.createCustomerAndContinue')}
          </MuiButton>
        </DialogActions>
      </form>
    </Dialog>
  );
};

/**
 * 来电客户: type a phone fragment or a name (the customers list `q` finds both); each match shows
 * the phone as this agent may see it (masked unless theirs) and the tier. Unknown caller: 新建客户.
 */
export const CustomerLookup = () => {
  // Focused after mount, not with autoFocus: react-admin's input handlers exist only once its layout
  // effects ran, and autoFocus fires onFocus before that ("Cannot call an event handler while rendering").
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <ReferenceInput source="customerId" reference="customers" perPage={10}>
      <AutocompleteInput
        optionText={<CustomerOptionText />}
        inputText={inputText}
        matchSuggestion={() => true}
        filterToQuery={(q) => ({ q })}
        create={<NewCustomerDialog />}
        createItemLabel="app.complaint.createCustomerItem"
        isRequired
        fullWidth
        TextFieldProps={{ inputRef, placeholder: '' }}
        helperText="app.complaint.customerLookupHint"
      />
    </ReferenceInput>
  );
};
