import AddCommentIcon from '@mui/icons-material/AddComment';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, CreateBase, SimpleForm, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { InteractionInputs, newInteractionDefaults } from '../interactions/InteractionInputs';
import { validateInteractionForm } from '../interactions/interactionValidation';

const validate = validateInteractionForm('create');

/** 记录服务: log a call or visit without leaving the customer's page. */
export const LogInteractionButton = () => {
  const customer = useRecordContext();
  const [open, setOpen] = useState(false);
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
      <Button label="app.customer.logInteraction" onClick={() => setOpen(true)}>
        <AddCommentIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>
          {translate('app.customer.logInteraction')} · {customer.name}
        </DialogTitle>
        <DialogContent>
          <CreateBase resource="interactions" redirect={false} mutationOptions={{ onSuccess }}>
            <SimpleForm validate={validate} defaultValues={{ ...newInteractionDefaults(), customerId: customer.id }}>
              <InteractionInputs />
            </SimpleForm>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
};
