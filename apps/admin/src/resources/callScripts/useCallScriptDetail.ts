import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { CallScriptDetail } from './callScriptQueries';

/** A script's steps, phrases and revisions, reloaded when its version moves (a save shows at once). */
export function useCallScriptDetail(id: string | undefined, version: number | undefined): { detail?: CallScriptDetail | null; error?: string } {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [state, setState] = useState<{ detail?: CallScriptDetail | null; error?: string }>({});
  useEffect(() => {
    if (!id || version == null) return;
    let current = true;
    dataProvider.callScriptDetail(id).then(
      (detail) => current && setState({ detail }),
      (error: Error) => current && setState({ error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, id, version]);
  return state;
}
