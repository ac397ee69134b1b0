import { useEffect, useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';

/** Loads a report for the date and team picked; undefined while loading, null after an error (notified). */
export function useReport<T>(kind: 'dailyReport' | 'weeklyReport', date: string, teamId: string): T | null | undefined {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [report, setReport] = useState<T | null>();
  useEffect(() => {
    let live = true;
    setReport(undefined);
    (dataProvider[kind](date, teamId || null) as Promise<T>).then(
      (result) => live && setReport(result),
      (error: Error) => {
        if (!live) return;
        setReport(null);
        notify(error.message, { type: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notify, kind, date, teamId]);
  return report;
}

/** Today in the browser's calendar, as the pickers start. */
export const todayLocal = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
