import type { FollowUpRow } from './followUpQueries';
import { useFollowUpQueue } from './useFollowUpQueue';

/** The follow-ups a record (a complaint) set off, one per cycle, read again when its version changes: undefined while loading. */
export function useSourceFollowUps(sourceId: string | undefined, version?: number): FollowUpRow[] | undefined {
  const { rows } = useFollowUpQueue({ sourceId: sourceId ?? '' }, version);
  return sourceId ? rows : [];
}
