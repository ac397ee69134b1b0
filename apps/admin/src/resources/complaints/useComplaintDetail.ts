import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { ComplaintDetail } from './complaintQueries';

/** Timeline, tasks, proposals and escalations of the complaint in context; reloaded whenever the record changes. */
export function useComplaintDetail(): ComplaintDetail | undefined {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [detail, setDetail] = useState<ComplaintDetail>();
  const id = record?.id;
  // Steps bump the version; urges and escalations change their counters.
  const stamp = `${record?.version}:${record?.urgeCount}:${record?.escalationLevel}:${record?.updatedAt}`;
  useEffect(() => {
    // `stamp` is read so the effect reruns after every step, urge or escalation of this complaint.
    if (id == null || !stamp) return;
    let current = true;
    dataProvider.complaintDetail(String(id)).then(
      (loaded) => current && loaded && setDetail(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [dataProvider, id, stamp]);
  return detail && detail.id === id ? detail : undefined;
}
