import { validateNote } from '@sanxin/domain';
import { useTranslate } from 'react-admin';
import type { StepValues } from './complaintActions';
import { ActionDialog } from '../../workflow/ActionDialog';
import { useWorkflow } from '../../workflow/useWorkflow';

/** 处理意见: what the leader a complaint was escalated to decided (coordinate, call the customer, ...). */
export const HandlingOpinionDialog = ({ complaintId, onClose, onDone }: { complaintId: string; onClose(): void; onDone?(): void }) => {
  const translate = useTranslate();
  const run = useWorkflow();
  const text = (values: StepValues) => String(values.opinion ?? '').trim();
  const spec = {
    mutation: 'recordHandlingOpinion',
    fields: [{ name: 'opinion', label: 'app.complaint.escalation.opinion', type: 'multiline' as const, required: true }],
    validate: (values: StepValues) => validateNote('opinion', text(values)),
    variables: (values: StepValues) => ({ id: complaintId, input: { opinion: text(values) } }),
  };
  return (
    <ActionDialog<StepValues>
      title={translate('app.complaint.escalation.record')}
      fields={spec.fields}
      validate={spec.validate}
      maxWidth="sm"
      onClose={onClose}
      onConfirm={async (values) => {
        const done = Boolean(await run(spec.mutation, spec.variables(values), 'app.complaint.done.handlingOpinion'));
        if (done) onDone?.();
        return done;
      }}
    />
  );
};
