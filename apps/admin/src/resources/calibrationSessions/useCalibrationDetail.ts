import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { CalibrationDetail } from './calibrationQueries';

/** The session as the viewer may read it, reloaded when its version moves (a step shows at once). */
export function useCalibrationDetail(id: string | undefined, version: number | undefined): CalibrationDetail | null | undefined {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [detail, setDetail] = useState<CalibrationDetail | null>();
  useEffect(() => {
    if (!id || version == null) return;
    let current = true;
    dataProvider.calibrationSessionDetail(id).then(
      (loaded) => current && setDetail(loaded),
      () => current && setDetail(null),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, id, version]);
  return detail;
}
