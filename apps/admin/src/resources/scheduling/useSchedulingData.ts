import { type Role, scopeOf } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { shiftLabel } from './rosterModel';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { RosterShift, ShiftTypeRecord, StaffRef } from './schedulingQueries';

export const useSchedulingProvider = () => useDataProvider<SanxinDataProvider>();

/** The signed-in person with their team, job type and skill (the identity only carries id, name, role). */
export function useMe() {
  const { identity } = useGetIdentity();
  const dataProvider = useSchedulingProvider();
  const [me, setMe] = useState<(StaffRef & { role: Role }) | null>(null);
  useEffect(() => {
    if (!identity?.id) return;
    let live = true;
    dataProvider
      .schedulingStaff({ ids: [String(identity.id)] })
      .then(([found]) => live && setMe({ ...(found ?? { id: String(identity.id), name: identity.fullName ?? '' }), role: identity.role as Role }))
      .catch(() => live && setMe({ id: String(identity.id), name: identity.fullName ?? '', role: identity.role as Role }));
    return () => {
      live = false;
    };
  }, [dataProvider, identity?.id, identity?.fullName, identity?.role]);
  return me;
}

export const canDraftRosters = (role: Role | undefined) => !!role && scopeOf(role, 'shift', 'create') !== false;
export const canApproveSwaps = (role: Role | undefined) => !!role && scopeOf(role, 'shiftSwapRequest', 'approve') !== false;
export const canApproveLeave = (role: Role | undefined) => !!role && scopeOf(role, 'leaveRequest', 'approve') !== false;

/** Loads something once its inputs are known; `reload` re-reads (after generating, approving, ...). */
export function useLoad<T>(load: (() => Promise<T>) | null) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const reload = useCallback(async () => {
    if (!load) return;
    setLoading(true);
    try {
      setValue(await load());
      setError(undefined);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLoading(false);
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value, error, loading, reload };
}

export function useShiftTypes() {
  const dataProvider = useSchedulingProvider();
  const load = useCallback(() => dataProvider.shiftTypesWithHeadcount(), [dataProvider]);
  const { value } = useLoad<ShiftTypeRecord[]>(load);
  return value;
}

/** shiftLabel in the console's language: weekday and "next day" follow the locale. */
export function useShiftLabel(types: ReadonlyMap<string, ShiftTypeRecord>) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const nextDay = translate('app.scheduling.shiftType.nextDay');
  return (shift: Pick<RosterShift, 'date' | 'shiftTypeId'>) => shiftLabel(shift, types, nextDay, locale);
}
