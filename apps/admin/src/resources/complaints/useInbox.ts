import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { PushContext } from '../../providers/push';
import type { ComplaintInbox } from './complaintQueries';

/** What waits for me: approvals, escalations without my handling opinion, my urged complaints. */
export function inboxCount(inbox: ComplaintInbox | undefined): number {
  if (!inbox) return 0;
  return inbox.approvals.length + inbox.escalations.filter((escalation) => !escalation.opinion).length + inbox.urged.length + (inbox.reassigned?.length ?? 0);
}

/** One cache entry for the menu badge and the inbox page, so one reload updates both. */
export const INBOX_QUERY_KEY = ['sanxin', 'myInbox'] as const;

/**
 * myInbox through react-admin's query cache: every workflow step ends with react-admin's refresh(),
 * which invalidates the cache, so the menu badge follows an approval without a page reload. With
 * `pollMs` (the menu badge) it also listens to the API's push (myInboxChanged) and reloads when it
 * fires; it polls every `pollMs` only while the socket is down.
 */
export function useInbox(pollMs?: number) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const push = useContext(PushContext);
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!pollMs) return;
    return push.onInboxChanged(() => void queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY }), setLive);
  }, [push, pollMs, queryClient]);
  const query = useQuery({
    queryKey: INBOX_QUERY_KEY,
    // A provider without the method (tests, an older API) throws synchronously: a failed load.
    queryFn: () => Promise.resolve().then(() => dataProvider.myInbox()),
    refetchInterval: live ? false : pollMs,
    retry: false,
  });
  return { inbox: query.data, error: query.error ?? undefined, reload: () => void query.refetch(), live };
}
