import { Button, Stack } from '@mui/material';
import { REVIEW_ERROR_REASONS } from '@sanxin/domain';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { ActionDialog } from '../../workflow/ActionDialog';

interface Props {
  change: { id: string; version: number; availableActions: readonly string[] };
  /** Called after a step went through (reload the queue or the record). */
  onDone(): void;
}

/** 通过 / 退回 / 撤回 of one held change: only the steps the API offers this person (never their own change). */
export function ReviewButtons({ change, onDone }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const step = async (mutation: string, variables: Record<string, unknown>, done: string) => {
    setBusy(true);
    try {
      await dataProvider.workflow(mutation, { id: change.id, version: change.version, ...variables });
      notify(done, { type: 'success' });
      onDone();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      onDone();
      return false;
    } finally {
      setBusy(false);
    }
  };
  const actions = new Set(change.availableActions);
  if (!actions.size) return null;
  return (
    <Stack direction="row" spacing={1}>
      {actions.has('APPROVE') && (
        <Button size="small" variant="contained" disabled={busy} onClick={() => window.confirm(translate('app.review.approveConfirm')) && step('approvePendingChange', {}, 'app.review.approved')}>
          {translate('app.review.approve')}
        </Button>
      )}
      {actions.has('REJECT') && (
        <Button size="small" color="error" variant="outlined" disabled={busy} onClick={() => setRejecting(true)}>
          {translate('app.review.reject')}
        </Button>
      )}
      {actions.has('WITHDRAW') && (
        <Button size="small" disabled={busy} onClick={() => step('withdrawPendingChange', {}, 'app.review.withdrawn')}>
          {translate('app.review.withdraw')}
        </Button>
      )}
      {rejecting && (
        <ActionDialog
          title={translate('app.review.rejectTitle')}
          confirmLabel="app.review.reject"
          confirmColor="error"
          fields={[
            { name: 'reason', label: 'app.review.reason', type: 'select', required: true, choices: REVIEW_ERROR_REASONS.map((id) => ({ id, name: `sanxin.enums.reviewErrorReason.${id}` })) },
            { name: 'note', label: 'app.review.note', type: 'multiline' },
          ]}
          onClose={() => setRejecting(false)}
          onConfirm={(values) => step('rejectPendingChange', { input: { reason: values.reason, note: values.note || null } }, 'app.review.rejected')}
        />
      )}
    </Stack>
  );
}
