import type { ComplaintTimelineStep } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../../shared/ids';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';

/** Appends to `complaint.timeline` inside the caller's transaction. */
export async function addTimelineEntry(
  manager: EntityManager,
  entry: { complaintId: string; at: Date; actorId: string | null; step: ComplaintTimelineStep; note?: string | null; recipientId?: string | null },
): Promise<void> {
  await manager.insert(ComplaintTimelineEntry, { id: newId(entry.at.getTime()), note: null, recipientId: null, ...entry });
}
