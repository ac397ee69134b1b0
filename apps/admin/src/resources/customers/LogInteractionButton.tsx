import AddCommentIcon from '@mui/icons-material/AddComment';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, CreateBase, SimpleForm, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { InteractionInputs, newInteractionDefaults, validateInteractionForm } from '../interactions';

const validate = validateInteractionForm('create');

export interface LogInteractionButtonProps {
  /** Defaults to the record in context (the customer's page). */
  customer?: { id: string; name: string };
  /** Preset values, e.g. `{ direction: 'OUTBOUND' }` for a first contact. */
  defaults?: Record<string, unknown>;
  label?: string;
}

/** 记录服务: log a call or visit without leaving the customer's page. */
export const LogInteractionButton = ({ customer: given, defaults, label = 'app.customer.logInteraction' }: LogInteractionButtonProps = {}) => {
  const record = useRecordContext();
  const customer = given ?? record;
  const [open, setOpen] = useState(false);
  // Fixed when the dialog opens: new defaults on a re-render (occurredAt is "now") would reset what was typed.
  const [defaultValues, setDefaultValues] = useState<Record<string, unknown>>({});
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'interactions', action: 'create' });
  if (!customer || !canAccess) return null;

  const onSuccess = () => {
    setOpen(false);
    notify('app.customer.interactionLogged', { type: 'info' });
    refresh();
  };
  return (
    <>
      <Button
        label={label}
        onClick={() => {
          setDefaultValues({ ...newInteractionDefaults(), ...defaults, customerId: customer.id });
          setOpen(true);
        }}
      >
        <AddCommentIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>
          {translate(label)} · {customer.name}
        </DialogTitle>
        <DialogContent>
          <CreateBase resource="interactions" redirect={false} mutationOptions={{ onSuccess }}>
            <SimpleForm validate={validate} defaultValues={defaultValues}>
              <InteractionInputs />
            </SimpleForm>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
};
