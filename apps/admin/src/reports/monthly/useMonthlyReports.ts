import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { MonthlyReportListItem, MonthlyReportView } from './monthlyReportQueries';

/** The reports the viewer may read, newest month first; undefined while loading, [] after an error (notified). */
export function useMonthlyReports() {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [reports, setReports] = useState<MonthlyReportListItem[]>();
  const reload = useCallback(async () => {
    try {
      setReports(await dataProvider.monthlyReports({}));
    } catch (error) {
      setReports([]);
      notify((error as Error).message, { type: 'error' });
    }
  }, [dataProvider, notify]);
  useEffect(() => void reload(), [reload]);
  return { reports, reload };
}

/** One report; undefined while loading, null when missing or not the viewer's to read. */
export function useMonthlyReport(id: string) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [report, setReport] = useState<MonthlyReportView | null>();
  const reload = useCallback(async () => {
    try {
      setReport(await dataProvider.monthlyReport(id));
    } catch (error) {
      setReport(null);
      notify((error as Error).message, { type: 'error' });
    }
  }, [dataProvider, notify, id]);
  useEffect(() => {
    setReport(undefined);
    void reload();
  }, [reload]);
  return { report, setReport, reload };
}
