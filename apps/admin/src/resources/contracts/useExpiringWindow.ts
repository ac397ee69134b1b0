import { SETTINGS } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';

/** The administrator's contract.expiringWindowDays (default 30 until the settings arrive). */
export function useExpiringWindow(): number {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [days, setDays] = useState<number>(SETTINGS['contract.expiringWindowDays'].default);
  useEffect(() => {
    let current = true;
    dataProvider.settings().then(
      (settings) => {
        const setting = settings.find((candidate) => candidate.key === 'contract.expiringWindowDays');
        if (current && setting) setDays(setting.value);
      },
      () => undefined, // the default stands
    );
    return () => {
      current = false;
    };
  }, [dataProvider]);
  return days;
}
