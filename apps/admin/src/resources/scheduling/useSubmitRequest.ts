import type { Violation } from '@sanxin/domain';
import { useState } from 'react';
import { useNavigate, useNotify } from 'react-admin';
import { violationsOf } from './ViolationList';

/**
 * Sends a request (leave, a swap): on success a notice and its list; on RULE_VIOLATION the rules the
 * server found, for the form to show beside its own; anything else as a notice. `saving` disables the button.
 */
export function useSubmitRequest(onViolations: (violations: Violation[]) => void) {
  const notify = useNotify();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const submit = async (send: () => Promise<unknown>, submittedMessage: string, listPath: string) => {
    setSaving(true);
    try {
      await send();
      notify(submittedMessage, { type: 'success' });
      navigate(listPath);
    } catch (error) {
      const fromServer = violationsOf(error);
      if (fromServer) onViolations(fromServer);
      else notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return { saving, submit };
}
