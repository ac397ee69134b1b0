import { type EvaluatedKind, localDate } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../shared/errors';
import { Complaint } from '../complaint';
import { FollowUpAttempt } from '../follow-up';
import { Interaction } from '../interaction';

/** What an evaluation takes from the record it is about: whose work it was, on which channel, in which month. */
export interface EvaluatedRecord {
  agentId: string;
  channel: string;
  month: string;
}

/** The handler of each kind of record: the interaction's author, the complaint's owner, the caller of a follow-up attempt. */
export async function evaluatedRecord(manager: EntityManager, kind: EvaluatedKind, id: string, timeZone: string): Promise<EvaluatedRecord> {
  const month = (at: Date) => localDate(at, timeZone).slice(0, 7);
  if (kind === 'INTERACTION') {
    const row = await manager.findOne(Interaction, { where: { id }, select: { id: true, staffId: true, channel: true, occurredAt: true, archivedAt: true } });
    if (!row || row.archivedAt) throw notFound('Interaction', id);
    return { agentId: row.staffId, channel: row.channel, month: month(row.occurredAt) };
  }
  if (kind === 'COMPLAINT') {
    const row = await manager.findOne(Complaint, { where: { id }, select: { id: true, ownerId: true, channel: true, receivedAt: true } });
    if (!row) throw notFound('Complaint', id);
    return { agentId: row.ownerId, channel: row.channel, month: month(row.receivedAt) };
  }
  const row = await manager.findOne(FollowUpAttempt, { where: { id }, select: { id: true, actorId: true, at: true } });
  if (!row) throw notFound('FollowUpAttempt', id);
  return { agentId: row.actorId, channel: 'PHONE', month: month(row.at) };
}
