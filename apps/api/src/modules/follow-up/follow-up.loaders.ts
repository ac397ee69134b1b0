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
    /** The calling windows as of now, read once per request. */
    callRules: (): Promise<CallRules> => {
      callRules ??= readCallRules(dataSource.manager, config.businessTimeZone, clock.now());
      return callRules;
    },
  };
});
