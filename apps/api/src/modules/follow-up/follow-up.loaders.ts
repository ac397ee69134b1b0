import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { FollowUp } from './follow-up.entity';
import { FollowUpAttempt } from './follow-up-attempt.entity';
import { type CallRules, readCallRules } from './follow-up-rules';

export const followUpLoaders = defineLoaders(({ dataSource, clock, config }) => {
  let callRules: Promise<CallRules> | undefined;
  return {
    followUpById: byIdLoader(dataSource, FollowUp),
    /** The call attempts of a whole page in one query, oldest first. */
    attempts: new DataLoader<string, FollowUpAttempt[]>(async (ids) => {
      const rows = await dataSource.getRepository(FollowUpAttempt).find({ where: { followUpId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.followUpId === id));
    }),
    /**
     * The latest attempt of each follow-up of a page, in one statement: each follow-up's newest row
     * is found through the (follow_up_id, at, id) index, so a queue page never reads whole histories.
     */
    lastAttempt: new DataLoader<string, FollowUpAttempt | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(FollowUpAttempt)
        .createQueryBuilder('a')
        .where('a.followUpId IN (:...ids)', { ids: [...ids] })
        .andWhere((qb) => {
          const latest = qb.subQuery().select('b.id').from(FollowUpAttempt, 'b').where('b.followUpId = a.followUpId').orderBy('b.at', 'DESC').addOrderBy('b.id', 'DESC').limit(1);
          return `a.id = ${latest.getQuery()}`;
        })
        .getMany();
      const byFollowUp = new Map(rows.map((row) => [row.followUpId, row]));
      return ids.map((id) => byFollowUp.get(id) ?? null);
    }),
    /** The calling windows as of now, read once per request. */
    callRules: (): Promise<CallRules> => {
      callRules ??= readCallRules(dataSource.manager, config.businessTimeZone, clock.now());
      return callRules;
    },
  };
});
