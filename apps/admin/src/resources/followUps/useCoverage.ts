import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { FollowUpCoverageView } from './followUpQueries';

export const GAP_PAGE = 50;

/** The coverage of a period and team, a page of gaps at a time; `reload` after an assignment. */
export function useCoverage(period: string, teamId: string | null, offset: number) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [coverage, setCoverage] = useState<FollowUpCoverageView | null>();
  const load = useCallback(() => {
    let live = true;
    dataProvider.followUpCoverage(period, teamId, offset, GAP_PAGE).then(
      (result) => live && setCoverage(result),
      (error: Error) => {
        if (!live) return;
        setCoverage(null);
        notify(error.message, { type: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notify, period, teamId, offset]);
  useEffect(() => load(), [load]);
  return { coverage, reload: load };
}
