import CampaignIcon from '@mui/icons-material/Campaign';
import type { ComplaintAction } from '@sanxin/domain';
import type { Role } from '@sanxin/domain';
import { useState } from 'react';
import { Button, useGetIdentity, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useWorkflow } from '../../workflow/useWorkflow';
import {
  actionButtons,
  type ComplaintTaskRef,
  type HandlerCandidate,
  type HandoverStep,
  handoverButtons,
  handoverDialog,
  pendingProposals,
  type StepDialog,
  stepDialog,
  type StepValues,
} from './complaintActions';
import { ActionDialog } from '../../workflow/ActionDialog';

/**
 * The steps this viewer may take now, as buttons, each opening its dialog. Pessimistic: the page
 * changes only when the API agreed; a stale version shows "changed by someone else" and reloads,
 * keeping the dialog and what was typed so the step can be sent again on the new version.
 */
export const ComplaintActions = ({ tasks, proposals, onDone, withFollowUpTask = false }: { tasks?: ComplaintTaskRef[]; proposals?: object[]; onDone?(): void; withFollowUpTask?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const [open, setOpen] = useState<ComplaintAction>();
  if (!record) return null;
  // With alternatives side by side the approver picks one under each proposal (ComplaintProposals), not here.
  // A complaint with a real follow-up task is followed up on its call screen, not with the old yes/no note.
  const actions = actionButtons(record.availableActions, tasks)
    .filter((action) => action !== 'approve' || pendingProposals(proposals).length <= 1)
    .filter((action) => action !== 'followUpSatisfied' || !withFollowUpTask);
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

/**
 * 上交 (the owner, with a reason) and 转交 (a leader, the manager or the director: another handler and a
 * reason), offered by the domain's rules for this viewer; each sent through its step dialog.
 */
export const HandoverActions = ({ onDone }: { onDone?(): void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState<HandoverStep>();
  const viewer = identity ? { id: String(identity.id), role: identity.role as Role } : null;
  const steps = record ? handoverButtons({ ownerId: String(record.ownerId), closedAt: record.closedAt, escalationLevel: record.escalationLevel }, viewer) : [];
  const { data: staff, isPending } = useGetList<HandlerCandidate>(
    'staffMembers',
    { filter: { active: true }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open === 'reassign' },
  );
  if (!record || steps.length === 0) return null;
  const complaint = { id: String(record.id), version: record.version, ownerId: String(record.ownerId), closedAt: record.closedAt };
  const spec: StepDialog | undefined = open ? handoverDialog(open, complaint, staff ?? []) : undefined;
  return (
    <>
      {steps.map((step) => (
        <Button key={step} label={`app.complaint.actions.${step}`} onClick={() => setOpen(step)} variant="outlined" data-action={step} />
      ))}
      {open && spec && (open === 'refer' || !isPending) && (
        <ActionDialog<StepValues>
          key={open}
          title={`${translate(`app.complaint.actions.${open}`)} · ${record.customer?.name ?? ''}`}
          fields={spec.fields}
          validate={spec.validate}
          maxWidth="sm"
          onClose={() => setOpen(undefined)}
          onConfirm={async (values) => {
            const done = Boolean(await run(spec.mutation, spec.variables(values), `app.complaint.done.${open}`));
            if (done) onDone?.();
            return done;
          }}
        />
      )}
    </>
  );
};

/** 催单: shown only when the API says this viewer may urge (the domain's mayUrgeComplaint: recorder, the owner's leaders, manager, director); every urge is on the timeline and counted. */
export const UrgeButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const [open, setOpen] = useState(false);
  if (!record || record.closedAt || !record.mayUrge) return null;
  const spec = {
    mutation: 'urgeComplaint',
    fields: [{ name: 'note', label: 'app.complaint.fields.urgeNote', type: 'multiline' as const }],
    validate: () => [],
    variables: (values: StepValues) => ({ id: String(record.id), version: record.version, input: { note: String(values.note ?? '').trim() || undefined } }),
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
