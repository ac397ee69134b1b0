import CampaignIcon from '@mui/icons-material/Campaign';
import type { ComplaintAction } from '@sanxin/domain';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useWorkflow } from '../../workflow/useWorkflow';
import { actionButtons, type ComplaintTaskRef, stepDialog, type StepValues } from './complaintActions';
import { ActionDialog } from '../../workflow/ActionDialog';

/**
 * The steps this viewer may take now, as buttons, each opening its dialog. Pessimistic: the page
 * changes only when the API agreed; a stale version shows "changed by someone else" and reloads,
 * keeping the dialog and what was typed so the step can be sent again on the new version.
 */
export const ComplaintActions = ({ tasks, onDone }: { tasks?: ComplaintTaskRef[]; onDone?(): void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const [open, setOpen] = useState<ComplaintAction>();
  if (!record) return null;
  const actions = actionButtons(record.availableActions, tasks);
  const spec = open ? stepDialog(open, { id: String(record.id), version: record.version }, tasks) : undefined;

  const confirm = async (values: StepValues) => {
    if (!open || !spec) return false;
    const done = Boolean(await run(spec.mutation, spec.variables(values), `app.complaint.done.${open}`));
    if (done) onDone?.();
    return done;
  };

  return (
    <>
      {actions.map((action) => (
        <Button key={action} label={`app.complaint.actions.${action}`} onClick={() => setOpen(action)} variant="outlined" data-action={action} />
      ))}
      {open && spec && (
        <ActionDialog<StepValues>
          key={`${open}`}
          title={`${translate(`app.complaint.actions.${open}`)} · ${record.customer?.name ?? ''}`}
          fields={spec.fields}
          validate={spec.validate}
          maxWidth="sm"
          onClose={() => setOpen(undefined)}
          onConfirm={confirm}
        />
      )}
    </>
  );
};

/** 催单: anyone who may see the complaint can urge an open one; every urge is on the timeline and counted. */
export const UrgeButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const [open, setOpen] = useState(false);
  if (!record || record.closedAt) return null;
  const spec = {
    mutation: 'urgeComplaint',
    fields: [{ name: 'note', label: 'app.complaint.fields.urgeNote', type: 'multiline' as const }],
    validate: () => [],
    variables: (values: StepValues) => ({ id: String(record.id), note: String(values.note ?? '').trim() || undefined }),
  };
  return (
    <>
      <Button label={translate('app.complaint.urge', { count: record.urgeCount ?? 0 })} onClick={() => setOpen(true)} data-action="urge">
        <CampaignIcon />
      </Button>
      {open && (
        <ActionDialog<StepValues>
          title={translate('app.complaint.urgeTitle')}
          fields={spec.fields}
          maxWidth="sm"
          onClose={() => setOpen(false)}
          onConfirm={async (values) => Boolean(await run(spec.mutation, spec.variables(values), 'app.complaint.done.urge'))}
        />
      )}
    </>
  );
};
