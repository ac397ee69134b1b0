import { monthBoundaries, monthsBetween, satisfactionCounts, validateMonthRange, type FollowUpTrigger, type SatisfactionCounts } from '@sanxin/domain';
import { assertValid } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { assertCan } from '../../shared/viewer';
import { FollowUp } from './follow-up.entity';
import { whereVisibleFollowUps } from './follow-up.service';

export interface SatisfactionRow extends SatisfactionCounts {
  month: string;
  assigneeId: string;
  trigger: FollowUpTrigger;
  /** The complaint category, for complaint follow-ups; null for the others. */
  categoryId: string | null;
}

/**
 * 满意度统计: the answers of the follow-ups done in each business-time month, per agent, trigger and complaint category,
 * in one grouped statement. Months are cut by their first instants (a CASE), so the grouping holds in
 * any time zone on both dialects. An agent counts their own, a shift leader their team's (and their
 * own), QA and the managers everyone's.
 */
export async function followUpSatisfaction(ctx: ServiceContext, fromMonth: string, toMonth: string, timeZone: string, assigneeId?: string | null): Promise<SatisfactionRow[]> {
  assertCan(ctx.viewer, 'followUp', 'list');
  assertValid(validateMonthRange(fromMonth, toMonth));
  const months = monthsBetween(fromMonth, toMonth);
  const bounds = monthBoundaries(months, timeZone);
  const query = ctx.dataSource
    .getRepository(FollowUp)
    .createQueryBuilder('fu')
    .select('fu.assigneeId', 'assigneeId')
    .addSelect('fu.trigger', 'trigger')
    .addSelect('fu.sourceCategoryId', 'categoryId')
    .addSelect(`CASE ${months.map((_, i) => `WHEN fu.completedAt < :b${i + 1} THEN ${i}`).join(' ')} END`, 'monthIndex')
    .addSelect("SUM(CASE WHEN fu.satisfaction = 'SATISFIED' THEN 1 ELSE 0 END)", 'satisfied')
    .addSelect("SUM(CASE WHEN fu.satisfaction = 'AVERAGE' THEN 1 ELSE 0 END)", 'average')
    .addSelect("SUM(CASE WHEN fu.satisfaction = 'UNSATISFIED' THEN 1 ELSE 0 END)", 'unsatisfied')
    .addSelect('SUM(fu.score)', 'scoreSum')
    .addSelect('COUNT(fu.score)', 'scored')
    .where("fu.archivedAt IS NULL AND fu.status = 'DONE' AND fu.satisfaction IS NOT NULL AND fu.completedAt >= :b0 AND fu.completedAt < :bEnd", {
      ...Object.fromEntries(bounds.map((bound, i) => [`b${i}`, bound])),
      bEnd: bounds[bounds.length - 1],
    })
    .groupBy('fu.assigneeId')
    .addGroupBy('fu.trigger')
    .addGroupBy('fu.sourceCategoryId')
    .addGroupBy('monthIndex')
    .orderBy('monthIndex')
    .addOrderBy('fu.assigneeId')
    .addOrderBy('fu.trigger')
    .addOrderBy('fu.sourceCategoryId');
  if (assigneeId) query.andWhere('fu.assigneeId = :assigneeId', { assigneeId });
  await whereVisibleFollowUps(ctx, query);
  const rows: Array<{ assigneeId: string; trigger: FollowUpTrigger; categoryId: string | null; monthIndex: number | string } & Parameters<typeof satisfactionCounts>[0]> = await query.getRawMany();
  return rows.map((row) => ({ month: months[Number(row.monthIndex)], assigneeId: row.assigneeId, trigger: row.trigger, categoryId: row.categoryId ?? null, ...satisfactionCounts(row) }));
}
