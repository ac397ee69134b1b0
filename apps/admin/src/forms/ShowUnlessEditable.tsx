import { useEffect } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRedirect, useResourceContext } from 'react-admin';

/**
 * Inside an <Edit>: once the record is loaded, a viewer who may not edit it (an agent on a colleague's
 * customer) is sent to its show page with a notice, instead of a form whose save the API refuses.
 * react-admin checks the edit page before the record is known; ownership needs the record.
 */
export const ShowUnlessEditable = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource, record, enabled: Boolean(record) });
  const redirect = useRedirect();
  const notify = useNotify();
  const refused = Boolean(record) && !isPending && canAccess === false;
  useEffect(() => {
    if (!refused || !record || !resource) return;
    notify('app.notEditable', { type: 'info' });
    redirect('show', resource, record.id);
  }, [refused, record, resource, notify, redirect]);
  return null;
};
