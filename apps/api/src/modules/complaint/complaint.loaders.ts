import DataLoader from 'dataloader';
import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { Context } from '../../graphql/context';
import { groupBy } from '../../shared/group-by';
import { ComplaintCategory } from './complaint-category.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintTask } from './complaint-task.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { Complaint } from './complaint.entity';

function createComplaintLoaders(ctx: Context) {
  const repository = <E extends ObjectLiteral>(target: EntityTarget<E>) => ctx.dataSource.getRepository(target);
  /** The rows of a whole page's complaints in one query, oldest first. */
  const byComplaint = <E extends ObjectLiteral & { complaintId: string }>(target: EntityTarget<E>, order: Record<string, 'ASC'>) =>
    new DataLoader<string, E[]>(async (ids) => {
      const groups = groupBy(await repository(target).find({ where: { complaintId: In([...ids]) } as never, order: order as never }), (row) => row.complaintId);
      return ids.map((id) => groups.get(id) ?? []);
    });
  const byId = <E extends ObjectLiteral & { id: string }>(target: EntityTarget<E>) =>
    new DataLoader<string, E | null>(async (ids) => {
      const rows = new Map((await repository(target).findBy({ id: In([...ids]) } as never)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  return {
    complaintById: byId(Complaint),
    categoryById: byId(ComplaintCategory),
    timeline: byComplaint(ComplaintTimelineEntry, { at: 'ASC', id: 'ASC' }),
    tasks: byComplaint(ComplaintTask, { department: 'ASC' }),
    proposals: byComplaint(ComplaintProposal, { createdAt: 'ASC', id: 'ASC' }),
    escalations: byComplaint(ComplaintEscalation, { escalatedAt: 'ASC', level: 'ASC' }),
  };
}

export type ComplaintLoaders = ReturnType<typeof createComplaintLoaders>;

/** Keyed by the request's context object, so they live exactly as long as the request. */
const perRequest = new WeakMap<Context, ComplaintLoaders>();

export function complaintLoaders(ctx: Context): ComplaintLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createComplaintLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
