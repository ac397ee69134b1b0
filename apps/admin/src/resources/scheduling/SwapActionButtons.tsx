import { Button, Stack } from '@mui/material';
import { actionsOf, SWAP_STEPS, type SwapAction } from '@sanxin/domain';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../workflow/ActionDialog';
import { useSchedulingProvider } from './useSchedulingData';
import { useViolationMessage, violationsOf } from './ViolationList';

export interface SwapStepRecord {
  id: string;
  version: number;
  availableActions: readonly string[];
}

interface StepSpec {
  /** The named mutation (null: the resource's delete, which withdraws); its arguments besides id and version. */
  mutation: string | null;
  variables?: (note: string) => Record<string, unknown>;
  /** A note asked in a dialog (optional for the colleague, the leader's reason for rejecting). */
  note?: string;
  variant: 'contained' | 'outlined' | 'text';
  color?: 'error';
  done: string;
}

/** Every swap step the console offers; which ones show is the API's `availableActions` (the domain's swapNextActions). */
const STEPS: Partial<Record<SwapAction, StepSpec>> = {
  accept: { mutation: 'acceptShiftSwapRequest', note: 'app.scheduling.approvals.answerNote', variables: (note) => ({ input: { note: note || null } }), variant: 'contained', done: 'app.scheduling.approvals.accepted' },
  decline: { mutation: 'declineShiftSwapRequest', note: 'app.scheduling.approvals.answerNote', variables: (note) => ({ input: { note: note || null } }), variant: 'outlined', color: 'error', done: 'app.scheduling.approvals.declined' },
  approve: { mutation: 'approveShiftSwapRequest', variant: 'contained', done: 'app.scheduling.approvals.approved' },
  reject: { mutation: 'rejectShiftSwapRequest', note: 'app.scheduling.approvals.rejectNote', variables: (note) => ({ input: { note: note || null } }), variant: 'text', color: 'error', done: 'app.scheduling.approvals.rejected' },
  cancel: { mutation: null, variant: 'text', done: 'app.scheduling.approvals.withdrawn' },
};

/** The buttons of the steps the viewer may take on a swap: the colleague accepts or declines, the leaders approve or reject, the requester withdraws. */
export const SwapActionButtons = ({ swap, onDone }: { swap: SwapStepRecord; onDone(): void | Promise<void> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useSchedulingProvider();
  const violationMessage = useViolationMessage();
  const [asking, setAsking] = useState<SwapAction | null>(null);
  const [busy, setBusy] = useState(false);
  const available = actionsOf(SWAP_STEPS, swap.availableActions);
  const offered = (Object.keys(STEPS) as SwapAction[]).filter((action) => available.includes(action));

  const run = async (action: SwapAction, note = ''): Promise<boolean> => {
    const step = STEPS[action] as StepSpec;
    setBusy(true);
    try {
      if (step.mutation) await dataProvider.workflow(step.mutation, { id: swap.id, version: swap.version, ...(step.variables?.(note.trim()) ?? {}) });
      else await dataProvider.delete('shiftSwapRequests', { id: swap.id, previousData: swap });
      notify(step.done, { type: 'success' });
      return true;
    } catch (error) {
      const violations = violationsOf(error);
      notify(violations ? violations.map(violationMessage).join('；') : (error as Error).message, { type: 'error', multiLine: true });
      return false;
    } finally {
      setBusy(false);
      setAsking(null);
      await onDone();
    }
  };

  if (offered.length === 0) return null;
  const label = (action: SwapAction) => translate(`sanxin.enums.swapAction.${action}`);
  return (
    <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
      {offered.map((action) => {
        const step = STEPS[action] as StepSpec;
        return (
          <Button
            key={action}
            size="small"
            variant={step.variant}
            color={step.color}
            disabled={busy}
            onClick={(event) => {
              event.stopPropagation();
              if (step.note) setAsking(action);
              else void run(action);
            }}
          >
            {label(action)}
          </Button>
        );
      })}
      {asking && (
        <ActionDialog
          title={label(asking)}
          fields={[{ name: 'note', label: STEPS[asking]?.note as string, type: 'multiline' }]}
          confirmLabel={`sanxin.enums.swapAction.${asking}`}
          confirmColor={STEPS[asking]?.color === 'error' ? 'error' : 'primary'}
          onClose={() => setAsking(null)}
          onConfirm={async ({ note }) => run(asking, note)}
        />
      )}
    </Stack>
  );
};
