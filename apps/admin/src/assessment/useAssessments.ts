import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import type { MonthlyAssessmentFilter, MonthlyAssessmentRow } from './assessmentQueries';

/** The assessments matching `filter`; undefined while loading, [] after an error (notified). */
export function useAssessments(filter: MonthlyAssessmentFilter, enabled: boolean) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [rows, setRows] = useState<MonthlyAssessmentRow[]>();
  const key = JSON.stringify(filter);
  const reload = useCallback(async () => {
    try {
      setRows(await dataProvider.monthlyAssessments(JSON.parse(key)));
    } catch (error) {
      setRows([]);
      notify((error as Error).message, { type: 'error' });
    }
  }, [dataProvider, notify, key]);
  useEffect(() => {
    if (!enabled) return;
    setRows(undefined);
    void reload();
  }, [enabled, reload]);
  return { rows, reload };
}
