import { actionsOf, type StepTable } from '@sanxin/domain';
import { type ReactElement, useState } from 'react';
import { Button, type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, type ActionDialogProps, type ActionValues } from './ActionDialog';
import { useWorkflow } from './useWorkflow';

/** One workflow step: its mutation, the inputs its dialog asks for, and the domain rule checking them. */
export type StepSpec<V extends ActionValues = Record<string, string>> = Pick<ActionDialogProps<V>, 'confirmText' | 'fields' | 'validate'> & {
  mutation: string;
  variables(values: V): Record<string, unknown>;
};

type Translate = ReturnType<typeof useTranslate>;

interface WorkflowButtonsProps<A extends string> {
  /** The resource's steps (the domain's *_STEPS): the record's `availableActions` names steps, each taking one or more of the machine's actions, each a button. */
  steps: StepTable<string, A>;
  icons: Record<A, ReactElement>;
  /** i18n prefix of the action names (the domain's enum labels, e.g. `sanxin.enums.contractAction`): `${prefix}.<action>` labels the button and the dialog. */
  actionLabels: string;
  /** i18n prefix: `${prefix}.done.<action>` confirms the step. */
  messages: string;
  /** What the dialog title names after the action, e.g. the contract number. */
  subject: (record: RaRecord) => string;
  stepOf: (action: A, record: RaRecord, translate: Translate) => StepSpec;
  onDone?: (action: A, result: unknown, record: RaRecord) => void;
}

/**
 * Exactly the steps the API lists in `availableActions` for this viewer now (machine + permission matrix +
 * ownership, decided on the server), each with its dialog, run the pessimistic way.
 */
export function WorkflowButtons<A extends string>({ steps, icons, actionLabels, messages, subject, stepOf, onDone }: WorkflowButtonsProps<A>) {
  const record = useRecordContext();
  const translate = useTranslate();
  const run = useWorkflow();
  const [open, setOpen] = useState<A>();
  if (!record) return null;
  const available = actionsOf(steps, (record.availableActions ?? []) as string[]);
  const spec = open ? stepOf(open, record, translate) : undefined;
  const confirm = async (values: Record<string, string>) => {
    if (!open || !spec) return false;
    const result = await run(spec.mutation, spec.variables(values), `${messages}.done.${open}`);
    if (!result) return false;
    onDone?.(open, result, record);
    return true;
  };
  return (
    <>
      {available.map((action) => (
        <Button key={action} label={`${actionLabels}.${action}`} onClick={() => setOpen(action)}>
          {icons[action]}
        </Button>
      ))}
      {open && spec && (
        <ActionDialog
          key={open}
          open
          title={`${translate(`${actionLabels}.${open}`)} · ${subject(record)}`}
          confirmText={spec.confirmText}
          fields={spec.fields}
          validate={spec.validate}
          onClose={() => setOpen(undefined)}
          onConfirm={confirm}
        />
      )}
    </>
  );
}
