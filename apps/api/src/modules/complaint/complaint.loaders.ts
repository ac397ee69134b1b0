import { businessHoursUntil } from '@sanxin/domain';
import DataLoader from 'dataloader';
import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { joinToOne } from '../../db/paginate';
import { getEntities } from '../../db/hydrate';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import type { Projection } from '../../graphql/projection';
import { groupBy } from '../../shared/group-by';
import { Staff } from '../staff';
import { cachedSlaRules, type RequestSlaRules, type RulesStamp } from './complaint-sla';
import { ComplaintCategory } from './complaint-category.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintTask } from './complaint-task.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { Complaint } from './complaint.entity';

export const complaintLoaders = defineLoaders(({ dataSource, clock, config }) => {
  /** The rows of a whole page's complaints in one query, oldest first. */
  const byComplaint = <E extends ObjectLiteral & { complaintId: string }>(target: EntityTarget<E>, order: Record<string, 'ASC'>) =>
    new DataLoader<string, E[]>(async (ids) => {
      const groups = groupBy(await dataSource.getRepository(target).find({ where: { complaintId: In([...ids]) } as never, order: order as never }), (row) => row.complaintId);
      return ids.map((id) => groups.get(id) ?? []);
    });
  /** The timeline with each entry's actor (the projection's columns, as `joinedActor`) in the same statement: one loader per projection. */
  const withActors = new Map<string, DataLoader<string, TimelineEntryWithActor[]>>();
  const timelineWithActors = (actor: Projection): DataLoader<string, TimelineEntryWithActor[]> => {
    const key = actor.join(',');
    let loader = withActors.get(key);
    if (!loader) {
      loader = new DataLoader<string, TimelineEntryWithActor[]>(async (ids) => {
        const query = dataSource.getRepository(ComplaintTimelineEntry).createQueryBuilder('entry').where('entry.complaintId IN (:...ids)', { ids: [...ids] }).orderBy('entry.at', 'ASC').addOrderBy('entry.id', 'ASC');
        joinToOne(query, 'entry', { entity: Staff, alias: 'joined_actor', on: 'joined_actor.id = entry.actorId', into: 'joinedActor', columns: actor });
        const groups = groupBy((await getEntities(query)) as TimelineEntryWithActor[], (row) => row.complaintId);
        return ids.map((id) => groups.get(id) ?? []);
      });
      withActors.set(key, loader);
    }
    return loader;
  };
  let slaRules: Promise<RequestSlaRules> | undefined;
  return {
    timelineWithActors,
    complaintById: byIdLoader(dataSource, Complaint),
    categoryById: byIdLoader(dataSource, ComplaintCategory),
    timeline: byComplaint(ComplaintTimelineEntry, { at: 'ASC', id: 'ASC' }),
    tasks: byComplaint(ComplaintTask, { department: 'ASC' }),
    proposals: byComplaint(ComplaintProposal, { createdAt: 'ASC', id: 'ASC' }),
    escalations: byComplaint(ComplaintEscalation, { escalatedAt: 'ASC', level: 'ASC' }),
    /** Once per request, whatever the page size; `stamp` when the caller read it with its own rows (complaint-sla.ts). */
    slaRules: (stamp?: RulesStamp): Promise<RequestSlaRules> => {
      if (!slaRules) {
        const now = clock.now();
        slaRules = cachedSlaRules(dataSource.manager, config.businessTimeZone, now, stamp).then((read) => ({ ...read, now, hoursSince: businessHoursUntil(now, read.calendar) }));
      }
      return slaRules;
    },
  };
});

export type TimelineEntryWithActor = ComplaintTimelineEntry & { joinedActor?: Staff | null };
