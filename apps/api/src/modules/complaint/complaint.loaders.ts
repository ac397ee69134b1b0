import { businessHoursUntil } from '@sanxin/domain';
import DataLoader from 'dataloader';
import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { groupBy } from '../../shared/group-by';
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
  let slaRules: Promise<RequestSlaRules> | undefined;
  return {
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
