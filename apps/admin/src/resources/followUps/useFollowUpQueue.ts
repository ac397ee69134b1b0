import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { FollowUpRow, QueueFilter } from './followUpQueries';

/** The queue holds one page, due first (the API's default order): the work of a day fits in it. */
export const QUEUE_LIMIT = 100;

/** A page of follow-ups for the filter, reloaded when it or `revision` changes; `reload` after a step. */
export function useFollowUpQueue(filter: QueueFilter, revision?: string | number) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [rows, setRows] = useState<FollowUpRow[]>();
  const [total, setTotal] = useState(0);
  // revision: the caller's record moved on (a complaint reaching its follow-up step creates one).
  const key = JSON.stringify([filter, revision ?? null]);
  const load = useCallback(() => {
    let live = true;
    dataProvider.followUpQueue((JSON.parse(key) as [QueueFilter])[0], QUEUE_LIMIT).then(
      (page) => {
        if (!live) return;
        setRows(page.items);
        setTotal(page.total);
      },
      (error: Error) => live && notify(error.message, { type: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notify, key]);
  useEffect(() => load(), [load]);
  return { rows, total, reload: load };
}
