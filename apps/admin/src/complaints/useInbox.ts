import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { ComplaintInbox, SanxinDataProvider } from '../providers/dataProvider';

/** What waits for me: approvals, escalations without my handling opinion, my urged complaints. */
export function inboxCount(inbox: ComplaintInbox | undefined): number {
  if (!inbox) return 0;
  return inbox.approvals.length + inbox.escalations.filter((escalation) => !escalation.opinion).length + inbox.urged.length;
}

/** myInbox, reloaded on demand and every `pollMs` (the menu badge). */
export function useInbox(pollMs?: number) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [inbox, setInbox] = useState<ComplaintInbox>();
  const [error, setError] = useState<unknown>();
  const reload = useCallback(() => {
    // A provider without the method (tests, an older API) throws synchronously: treat it as a failed load.
    Promise.resolve()
      .then(() => dataProvider.myInbox())
      .then(
        (loaded) => {
          setInbox(loaded);
          setError(undefined);
        },
        (failure) => setError(failure),
      );
  }, [dataProvider]);
  useEffect(() => {
    reload();
    if (!pollMs) return;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [reload, pollMs]);
  return { inbox, error, reload };
}
